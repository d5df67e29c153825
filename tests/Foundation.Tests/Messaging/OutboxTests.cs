using System.Diagnostics;
using MassTransit;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Messaging;

public sealed class OutboxTests
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Message_is_published_only_when_its_transaction_commits()
    {
        using var tracing = TraceListener.Start();
        var infra = await TestInfrastructure.GetAsync();
        var database = await infra.CreateDatabaseAsync("outbox");
        await OrderingService.CreateSchemaAsync(database);
        // A poll interval far beyond the deadline: the commit itself must wake the relay.
        await using var service = OrderingService.Create(database, await infra.CreateVirtualHostAsync(), "commit",
            bus => bus.AddConsumer<TicketOrderPlacedHandler>(),
            options => options.RelayPollInterval = TimeSpan.FromMinutes(5));
        await service.StartAsync();
        await Task.Delay(300); // lets the relay finish its first, empty pass and wait for a signal

        var rolledBack = await service.PlaceOrderAsync("rolled-back", commit: false);
        using var request = new Activity("place order").SetIdFormat(ActivityIdFormat.W3C).Start();
        var committed = await service.PlaceOrderAsync("committed", correlationId: "checkout-42");
        request.Stop();

        await Eventually.HoldsAsync(() => service.Log.Deliveries.Any(d => d.Subject == committed), Deadline, "the committed order's message is consumed");
        var rows = await service.OutboxRowsAsync();
        var row = Assert.Single(rows);
        Assert.Contains(committed.ToString(), row.Body);
        var delivery = Assert.Single(service.Log.Deliveries);
        Assert.Equal(row.Id, delivery.MessageId);
        Assert.Equal("checkout-42", delivery.CorrelationId);
        Assert.Equal(request.TraceId.ToString(), delivery.TraceId);
        Assert.DoesNotContain(service.Log.Deliveries, d => d.Subject == rolledBack);
        await Eventually.HoldsAsync(async () => (await service.OutboxRowsAsync()).Single().PublishedAt is not null, Deadline, "the row is marked published");
    }

    [Fact]
    public async Task Rows_written_while_the_service_was_down_are_published_when_it_starts()
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = await infra.CreateDatabaseAsync("outbox");
        await OrderingService.CreateSchemaAsync(database);
        var rabbitMq = await infra.CreateVirtualHostAsync();

        Guid orderId;
        await using (var stopped = OrderingService.Create(database, rabbitMq, "restart"))
        {
            orderId = await stopped.PlaceOrderAsync("before-restart");
            Assert.Null(Assert.Single(await stopped.OutboxRowsAsync()).PublishedAt);
        }

        await using var restarted = OrderingService.Create(database, rabbitMq, "restart", bus => bus.AddConsumer<TicketOrderPlacedHandler>());
        await restarted.StartAsync();

        await Eventually.HoldsAsync(async () => await restarted.ReceiptsForAsync(orderId) == 1, Deadline, "the order written before the restart is handled");
        Assert.NotNull(Assert.Single(await restarted.OutboxRowsAsync()).PublishedAt);
    }

    [Fact]
    public async Task Two_relays_on_one_outbox_publish_each_message_once()
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = await infra.CreateDatabaseAsync("outbox");
        await OrderingService.CreateSchemaAsync(database);
        var rabbitMq = await infra.CreateVirtualHostAsync();
        const int messages = 120;
        static void SmallBatches(ServiceDefaults.Messaging.MessagingOptions options) => options.RelayBatchSize = 4;

        // The consumer's queue and binding exist before either relay publishes, as in a system already running:
        // a message published to an exchange with no queue bound yet is dropped by the broker.
        await using (var topology = OrderingService.Create(database, rabbitMq, "pair", bus => bus.AddConsumer<PlainTicketOrderRecorder>(), SmallBatches))
            await topology.StartAsync();

        await using var first = OrderingService.Create(database, rabbitMq, "pair", bus => bus.AddConsumer<PlainTicketOrderRecorder>(), SmallBatches);
        await using var second = OrderingService.Create(database, rabbitMq, "pair", options: SmallBatches);
        for (var i = 0; i < messages; i++)
            await first.PlaceOrderAsync($"buyer-{i}");

        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        await Eventually.HoldsAsync(async () => (await first.OutboxRowsAsync()).All(r => r.PublishedAt is not null), Deadline, "every row is published");
        await Eventually.HoldsAsync(() => first.Log.Deliveries.Count >= messages, Deadline, "every message is consumed");
        // Every publish, duplicates included, came before its row was marked; one more order queued behind them all
        // is consumed after them.
        var marker = await first.PlaceOrderAsync("marker");
        await Eventually.HoldsAsync(() => first.Log.Deliveries.Any(d => d.Subject == marker), Deadline, "the order queued behind them is consumed");
        var deliveries = first.Log.Deliveries.Where(d => d.Subject != marker).ToList();
        Assert.Equal(messages, deliveries.Count);
        Assert.Equal(messages, deliveries.Select(d => d.MessageId).Distinct().Count());
    }
}
