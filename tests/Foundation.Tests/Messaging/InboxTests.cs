using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Messaging;

public sealed class InboxTests
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Redelivered_message_is_handled_once_whether_sequential_or_concurrent()
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = await infra.CreateDatabaseAsync("inbox");
        await OrderingService.CreateSchemaAsync(database);
        await using var service = OrderingService.Create(database, await infra.CreateVirtualHostAsync(), "inbox",
            bus => bus.AddConsumer<TicketOrderPlacedHandler>());
        await service.StartAsync();
        var bus = service.Host.Services.GetRequiredService<IBus>();

        var sequential = new TicketOrderPlaced(Guid.CreateVersion7(), "sequential");
        var sequentialId = Guid.CreateVersion7();
        await bus.Publish(sequential, context => context.MessageId = sequentialId);
        await Eventually.HoldsAsync(async () => await service.ReceiptsForAsync(sequential.OrderId) == 1, Deadline, "the first delivery is handled");
        await bus.Publish(sequential, context => context.MessageId = sequentialId);

        // Slow handling keeps the first delivery's transaction open while the second arrives.
        var concurrent = new TicketOrderPlaced(Guid.CreateVersion7(), "concurrent", HandlingDelayMs: 700);
        var concurrentId = Guid.CreateVersion7();
        await Task.WhenAll(
            bus.Publish(concurrent, context => context.MessageId = concurrentId),
            bus.Publish(concurrent, context => context.MessageId = concurrentId));

        // A later message on the same queue marks the point by which the duplicates were delivered.
        var marker = new TicketOrderPlaced(Guid.CreateVersion7(), "marker", HandlingDelayMs: 800);
        await bus.Publish(marker, context => context.MessageId = Guid.CreateVersion7());
        await Eventually.HoldsAsync(async () => await service.ReceiptsForAsync(marker.OrderId) == 1, Deadline, "the marker is handled");

        Assert.Equal(1, await service.ReceiptsForAsync(sequential.OrderId));
        Assert.Equal(1, await service.ReceiptsForAsync(concurrent.OrderId));
        Assert.Equal(1, service.Log.CountFor(sequentialId));
        Assert.Equal(1, service.Log.CountFor(concurrentId));
    }
}
