using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Messaging;

public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Relay_publishes_after_broker_comes_back()
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = await infra.CreateDatabaseAsync("outage");
        await OrderingService.CreateSchemaAsync(database);
        await using var broker = await DedicatedServer.RabbitMqAsync();
        // Retries at most a second apart, so the first try after the broker is back comes at once.
        await using var service = OrderingService.Create(database, broker.ConnectionString, "outage",
            bus => bus.AddConsumer<TicketOrderPlacedHandler>(), options => options.MaxRelayBackoff = TimeSpan.FromSeconds(1));
        await service.StartAsync();
        var beforeOutage = await service.PlaceOrderAsync("before-outage");
        await Eventually.HoldsAsync(async () => await service.ReceiptsForAsync(beforeOutage) == 1, TimeSpan.FromSeconds(30), "the bus works before the outage");

        await broker.StopAsync();
        var duringOutage = await service.PlaceOrderAsync("during-outage");

        await Eventually.HoldsAsync(async () => (await service.OutboxRowsAsync()).Single(r => r.Body.Contains(duringOutage.ToString())).Attempts >= 1,
            TimeSpan.FromSeconds(30), "the relay tries and fails to publish while the broker is down");
        var stuck = (await service.OutboxRowsAsync()).Single(r => r.Body.Contains(duringOutage.ToString()));
        Assert.Null(stuck.PublishedAt);
        Assert.NotNull(stuck.LastError);
        Assert.Equal(0, await service.ReceiptsForAsync(duringOutage));

        await broker.StartAgainAsync();

        await Eventually.HoldsAsync(async () => await service.ReceiptsForAsync(duringOutage) == 1, TimeSpan.FromSeconds(90), "the message is consumed once the broker is back");
        Assert.NotNull((await service.OutboxRowsAsync()).Single(r => r.Body.Contains(duringOutage.ToString())).PublishedAt);
    }
}
