using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Messaging;

public sealed class RetentionTests
{
    [Fact]
    public async Task Published_outbox_rows_and_old_inbox_rows_are_purged_after_their_retention()
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = await infra.CreateDatabaseAsync("retention");
        await OrderingService.CreateSchemaAsync(database);
        await using var service = OrderingService.Create(database, await infra.CreateVirtualHostAsync(), "retention",
            bus => bus.AddConsumer<TicketOrderPlacedHandler>(),
            options =>
            {
                options.OutboxRetention = TimeSpan.FromSeconds(1);
                options.InboxRetention = TimeSpan.FromSeconds(1);
                options.PurgeInterval = TimeSpan.FromSeconds(1);
            });
        await service.StartAsync();

        var orderId = await service.PlaceOrderAsync("short-retention");
        await Eventually.HoldsAsync(async () => await service.ReceiptsForAsync(orderId) == 1, TimeSpan.FromSeconds(30), "the order is handled");
        await Eventually.HoldsAsync(async () => (await service.OutboxRowsAsync()).Count == 0 && await service.InboxRowsAsync() == 0,
            TimeSpan.FromSeconds(30), "the outbox and inbox rows are purged");
        Assert.Equal(1, await service.ReceiptsForAsync(orderId));
    }
}
