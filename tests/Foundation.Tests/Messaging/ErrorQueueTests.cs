using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using RabbitMQ.Client;
using Xunit;

namespace Platform.Foundation.Tests.Messaging;

public sealed class ErrorQueueTests
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Message_whose_consumer_keeps_failing_is_retried_then_kept_in_the_error_queue()
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = await infra.CreateDatabaseAsync("errors");
        await OrderingService.CreateSchemaAsync(database);
        var rabbitMq = await infra.CreateVirtualHostAsync();
        await using var service = OrderingService.Create(database, rabbitMq, "errors", bus => bus.AddConsumer<BrokenSeatReleaseConsumer>());
        await service.StartAsync();
        var messageId = Guid.CreateVersion7();

        await service.Host.Services.GetRequiredService<IBus>().Publish(new SeatHoldExpired(Guid.CreateVersion7()), context => context.MessageId = messageId);

        var errorQueue = service.Host.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<BrokenSeatReleaseConsumer>() + "_error";
        Assert.StartsWith("errors", errorQueue);
        var factory = new ConnectionFactory { Uri = new Uri(rabbitMq) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        BasicGetResult? faulted = null;
        await Eventually.HoldsAsync(async () =>
        {
            faulted = await QueueExistsAsync(connection, errorQueue) ? await channel.BasicGetAsync(errorQueue, autoAck: false) : null;
            return faulted is not null;
        }, Deadline, $"the message reaches {errorQueue}");

        Assert.Equal(messageId.ToString(), faulted!.BasicProperties.MessageId);
        // One delivery plus the three retries configured for tests.
        Assert.Equal(4, service.Log.CountFor(messageId));
    }

    // A passive declare of a missing queue closes the channel, so it gets a channel of its own.
    static async Task<bool> QueueExistsAsync(IConnection connection, string queue)
    {
        await using var probe = await connection.CreateChannelAsync();
        try
        {
            await probe.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }
}
