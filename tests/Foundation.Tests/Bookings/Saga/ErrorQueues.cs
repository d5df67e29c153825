using Bookings.Service.Saga;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Foundation.Tests.BookingsService;
using RabbitMQ.Client;

namespace Platform.Foundation.Tests.BookingsSaga;

// How many messages Bookings parked in an endpoint's _error queue (a missing queue counts as empty).
public static class ErrorQueues
{
    public static Task<uint> BookingSagaAsync(BookingsUnderTest service) =>
        CountAsync(service, Formatter(service).Saga<BookingState>());

    public static Task<uint> ConsumerAsync<TConsumer>(BookingsUnderTest service) where TConsumer : class, IConsumer =>
        CountAsync(service, Formatter(service).Consumer<TConsumer>());

    static IEndpointNameFormatter Formatter(BookingsUnderTest service) =>
        service.Factory.Services.GetRequiredService<IEndpointNameFormatter>();

    static async Task<uint> CountAsync(BookingsUnderTest service, string endpoint)
    {
        var queue = endpoint + "_error";
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
