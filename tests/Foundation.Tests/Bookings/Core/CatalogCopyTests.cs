using System.Net;
using Platform.Contracts.Events;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed class CatalogCopyTests(BookingsFixture fixture) : IClassFixture<BookingsFixture>
{
    readonly BookingsUnderTest service = fixture.Service;

    [Fact]
    public async Task Published_event_gets_one_empty_counter_per_occurrence_and_ticket_type()
    {
        var sale = SaleFixture.New();

        await service.FeedAsync(sale.Snapshot(generalCapacity: 50, vipCapacity: 10));

        Assert.Equal(new CounterRow(50, 0, 0, 1), await service.CounterAsync(sale.OccurrenceId, sale.GeneralId));
        Assert.Equal(new CounterRow(10, 0, 0, 1), await service.CounterAsync(sale.OccurrenceId, sale.VipId));
        Assert.Equal("Harbour Jazz Night", await service.ScalarAsync<string>("SELECT title FROM catalog_events WHERE id = @id", ("id", sale.EventId)));
    }

    [Fact]
    public async Task An_older_version_never_overwrites_a_newer_one()
    {
        var sale = SaleFixture.New();
        await service.FeedAsync(sale.Snapshot(version: 3, title: "Newer title", generalCapacity: 40));
        var updatesBefore = await HandledAsync("EventUpdatedIntoCatalog");
        var unpublishesBefore = await HandledAsync("EventUnpublishedIntoCatalog");

        await service.PublishAsync(new EventUpdated(sale.Snapshot(version: 2, title: "Older title", generalCapacity: 5), DateTimeOffset.UtcNow));
        await service.PublishAsync(new EventUnpublished(sale.EventId, sale.OrganizationId, 3, DateTimeOffset.UtcNow));
        await WaitUntilHandledAsync("EventUpdatedIntoCatalog", updatesBefore);
        await WaitUntilHandledAsync("EventUnpublishedIntoCatalog", unpublishesBefore);

        Assert.Equal(3, await service.EventVersionAsync(sale.EventId));
        Assert.Equal("Newer title", await service.ScalarAsync<string>("SELECT title FROM catalog_events WHERE id = @id", ("id", sale.EventId)));
        Assert.Equal("Published", await service.ScalarAsync<string>("SELECT status FROM catalog_events WHERE id = @id", ("id", sale.EventId)));
        Assert.Equal(40, (await service.CounterAsync(sale.OccurrenceId, sale.GeneralId))!.Capacity);
    }

    [Fact]
    public async Task Sales_stop_when_unpublished_resume_when_published_again_and_stop_when_the_occurrence_is_cancelled()
    {
        var sale = SaleFixture.New();
        using var client = service.CustomerClient(Guid.CreateVersion7());
        await service.FeedAsync(sale.Snapshot(version: 1));

        await service.PublishAsync(new EventUnpublished(sale.EventId, sale.OrganizationId, 2, DateTimeOffset.UtcNow));
        await service.WaitForEventVersionAsync(sale.EventId, 2);
        using (var draft = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1)), "draft"))
            await draft.NamesFieldAsync(HttpStatusCode.UnprocessableEntity, "occurrenceId");

        await service.FeedAsync(sale.Snapshot(version: 3));
        using (var onSale = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1)), "on-sale"))
            Assert.Equal(HttpStatusCode.Created, onSale.StatusCode);

        await service.PublishAsync(new OccurrenceCancelled(sale.EventId, sale.OrganizationId, sale.OccurrenceId, 4, "Harbour Jazz Night", SaleFixture.Tomorrow, "storm", DateTimeOffset.UtcNow));
        await service.WaitForEventVersionAsync(sale.EventId, 4);
        using (var cancelled = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1)), "cancelled"))
            await cancelled.NamesFieldAsync(HttpStatusCode.UnprocessableEntity, "occurrenceId");

        await service.PublishAsync(new EventCancelled(sale.EventId, sale.OrganizationId, 5, "Harbour Jazz Night", "storm", DateTimeOffset.UtcNow));
        await service.WaitForEventVersionAsync(sale.EventId, 5);
        Assert.Equal("Cancelled", await service.ScalarAsync<string>("SELECT status FROM catalog_events WHERE id = @id", ("id", sale.EventId)));
    }

    [Fact]
    public async Task A_capacity_message_is_applied_only_as_far_as_seats_already_taken_allow()
    {
        var sale = SaleFixture.New();
        using var client = service.CustomerClient(Guid.CreateVersion7());
        await service.FeedAsync(sale.Snapshot(generalCapacity: 50));
        using (var hold = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 8)), "eight"))
            Assert.Equal(HttpStatusCode.Created, hold.StatusCode);

        await service.PublishAsync(new TicketTypeCapacityChanged(sale.EventId, sale.OrganizationId, sale.GeneralId, null, 5, 2, DateTimeOffset.UtcNow));
        await service.WaitForEventVersionAsync(sale.EventId, 2);
        Assert.Equal(new CounterRow(50, 8, 0, 2), await service.CounterAsync(sale.OccurrenceId, sale.GeneralId));

        await service.PublishAsync(new TicketTypeCapacityChanged(sale.EventId, sale.OrganizationId, sale.GeneralId, sale.OccurrenceId, 20, 3, DateTimeOffset.UtcNow));
        await service.WaitForEventVersionAsync(sale.EventId, 3);
        Assert.Equal(new CounterRow(20, 8, 0, 3), await service.CounterAsync(sale.OccurrenceId, sale.GeneralId));
    }

    [Fact]
    public async Task A_rescheduled_occurrence_moves_in_the_catalog_and_in_its_bookings()
    {
        var sale = SaleFixture.New();
        using var client = service.CustomerClient(Guid.CreateVersion7());
        await service.FeedAsync(sale.Snapshot());
        using (var hold = await BookingsUnderTest.PlaceAsync(client, sale.Order((sale.GeneralId, 1)), "before-move"))
            Assert.Equal(HttpStatusCode.Created, hold.StatusCode);
        var moved = SaleFixture.Tomorrow.AddDays(7);

        await service.PublishAsync(new OccurrenceRescheduled(sale.EventId, sale.OrganizationId, sale.OccurrenceId, 2, moved, moved.AddHours(2), DateTimeOffset.UtcNow));
        await service.WaitForEventVersionAsync(sale.EventId, 2);

        var occurrenceStart = await service.ScalarAsync<DateTime>("SELECT starts_at FROM catalog_occurrences WHERE id = @id", ("id", sale.OccurrenceId));
        var bookingStart = await service.ScalarAsync<DateTime>("SELECT starts_at FROM bookings WHERE occurrence_id = @id", ("id", sale.OccurrenceId));
        Assert.Equal(moved.UtcDateTime, occurrenceStart, TimeSpan.FromMilliseconds(1));
        Assert.Equal(moved.UtcDateTime, bookingStart, TimeSpan.FromMilliseconds(1));
    }

    Task<long> HandledAsync(string consumer) =>
        service.ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE consumer LIKE @c", ("c", "%" + consumer));

    Task WaitUntilHandledAsync(string consumer, long before) =>
        Eventually.HoldsAsync(async () => await HandledAsync(consumer) > before, BookingsUnderTest.Deadline, $"{consumer} handled one more message");
}
