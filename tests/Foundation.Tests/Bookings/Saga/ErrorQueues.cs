using Bookings.Service.Saga;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Foundation.Tests.BookingsService;
using RabbitMQ.Client;

namespace Platform.Foundation.Tests.BookingsSaga;

// How many messages the booking saga parked in its _error queue (a missing queue counts as empty).
public static class ErrorQueues
{
    public static async Task<uint> BookingSagaAsync(BookingsUnderTest service)
    {
        var formatter = service.Factory.Services.GetRequiredService<IEndpointNameFormatter>();
        var queue = formatter.Saga<BookingState>() + "_error";
        await using var connection = await new ConnectionFactory { Uri = new Uri(service.RabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }
}
