using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Foundation.Tests.BookingsService;
using RabbitMQ.Client;

namespace Platform.Foundation.Tests.BookingsSaga;

// How many messages the saga consumers parked in their _error queues (a missing queue counts as empty).
public static class ErrorQueues
{
    public static async Task<uint> CountAsync(BookingsUnderTest service, params Type[] consumerTypes)
    {
        var formatter = service.Factory.Services.GetRequiredService<IEndpointNameFormatter>();
        await using var connection = await new ConnectionFactory { Uri = new Uri(service.RabbitMq) }.CreateConnectionAsync();
        uint total = 0;
        foreach (var consumer in consumerTypes)
        {
            var queue = (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!
                .MakeGenericMethod(consumer).Invoke(formatter, null)! + "_error";
            // A passive declare of a missing queue closes its channel, so each gets its own.
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                total += (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
            }
        }
        return total;
    }
}
