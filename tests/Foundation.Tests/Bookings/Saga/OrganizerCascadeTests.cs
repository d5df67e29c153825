using Bookings.Service.Catalog;
using Bookings.Service.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.Contracts.Events;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.BookingsService;
using Platform.Foundation.Tests.Messaging;
using Xunit;
using Core = Platform.Foundation.Tests.BookingsCore;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class OrganizerCascadeTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    [Fact]
    public async Task Cancelled_event_cancels_and_refunds_confirmed_bookings_and_releases_unpaid_ones()
    {
        var scenario = await fixture.ScenarioAsync();
        var paid = new[] { await scenario.ConfirmedAsync(quantity: 2), await scenario.ConfirmedAsync(quantity: 1) };
        var unpaid = await scenario.BookAsync(quantity: 3);
        var elsewhere = await (await fixture.ScenarioAsync()).ConfirmedAsync(quantity: 1);

        await Service.PublishAsync(new EventCancelled(scenario.EventId, scenario.OrganizationId, 7, "Harbour Jazz Night", "The venue flooded", DateTimeOffset.UtcNow));

        foreach (var seed in paid)
        {
            var cancelled = await Service.Published.SingleAsync<BookingCancelled>(c => c.Booking.BookingId == seed.Id);
            Assert.Equal(("organizer", "The venue flooded", seed.Booking.Total), (cancelled.CancelledBy, cancelled.Reason, cancelled.RefundAmount));
            Assert.Equal("cancelled", (await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == seed.Id)).Reason);
        }
        await Service.Published.SingleAsync<CancelPayment>(c => c.BookingId == unpaid.Id);
        var unpaidCancelled = await Service.Published.SingleAsync<BookingCancelled>(c => c.Booking.BookingId == unpaid.Id);
        Assert.Equal(0m, unpaidCancelled.RefundAmount);
        Assert.Empty(Service.Published.Of<RefundPayment>(r => r.BookingId == unpaid.Id));
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));
        Assert.Equal(BookingStatus.Confirmed, (await Service.BookingAsync(elsewhere.Id)).Status);

        // The unpaid booking's customer paid anyway, just too late: refunded.
        await scenario.PaymentSucceededAsync(unpaid);
        Assert.Equal("late-payment", (await Service.Published.SingleAsync<RefundPayment>(r => r.BookingId == unpaid.Id)).Reason);

        // Payments confirms the refunds: the paid bookings end Refunded.
        foreach (var seed in paid)
        {
            await scenario.PaymentRefundedAsync(seed, "cancelled");
            await Service.WaitForStatusAsync(seed.Id, BookingStatus.Refunded);
        }
    }

    [Fact]
    public async Task Cancelled_occurrence_cancels_only_the_bookings_on_that_occurrence()
    {
        var scenario = await fixture.ScenarioAsync();
        var otherOccurrence = Guid.CreateVersion7();
        await scenario.WithCounterAsync(occurrenceId: otherOccurrence);
        var onCancelled = await scenario.ConfirmedAsync(quantity: 1);
        var onOther = await scenario.ConfirmedAsync(quantity: 1, occurrenceId: otherOccurrence);

        await Service.PublishAsync(new OccurrenceCancelled(scenario.EventId, scenario.OrganizationId, scenario.OccurrenceId, 8,
            "Harbour Jazz Night", onCancelled.Booking.StartsAt, "The band is ill", DateTimeOffset.UtcNow));

        var cancelled = await Service.Published.SingleAsync<BookingCancelled>(c => c.Booking.BookingId == onCancelled.Id);
        Assert.Equal(("organizer", "The band is ill"), (cancelled.CancelledBy, cancelled.Reason));
        // The fan-out sends its cancel commands in one outbox batch; settled, none is left for the other occurrence.
        await Service.SettledAsync();
        Assert.Empty(Service.Published.Of<BookingCancelled>(c => c.Booking.BookingId == onOther.Id));
        Assert.Equal(BookingStatus.Confirmed, (await Service.BookingAsync(onOther.Id)).Status);
        Assert.Equal(1, (await Service.CounterAsync(otherOccurrence, scenario.TicketTypeId)).Sold);
    }

    [Fact]
    public async Task Booking_placed_while_its_event_was_being_cancelled_is_cancelled_when_its_saga_starts()
    {
        var sale = Core.SaleFixture.New();
        await Service.PublishAsync(new EventPublished(sale.Snapshot(), DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(() => Service.QueryAsync(db => db.Set<CatalogEvent>().AnyAsync(e => e.Id == sale.EventId)), TimeSpan.FromSeconds(30), "the catalog has the event");
        var scenario = new SagaScenario(Service) { OrganizationId = sale.OrganizationId, EventId = sale.EventId, OccurrenceId = sale.OccurrenceId, TicketTypeId = sale.GeneralId };
        await Service.PublishAsync(new EventCancelled(sale.EventId, sale.OrganizationId, 2, "Harbour Jazz Night", "Storm warning", DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(() => Service.QueryAsync(db => db.Set<CatalogEvent>().AnyAsync(e => e.Id == sale.EventId && e.Status == CatalogEvent.Cancelled)),
            TimeSpan.FromSeconds(30), "the catalog has the cancellation");
        await Service.SettledAsync();
        // Placed as the cancellation fanned out: its transaction read the event on sale and committed after
        // the fan-out had read the bookings. Only its BookingCreated is left to catch it.
        var seed = await scenario.SeedAsync(quantity: 2);
        await Service.Published.SingleAsync<RequestPayment>(r => r.BookingId == seed.Id);

        await Service.PublishAsync(seed.Created());

        var cancelled = await Service.Published.SingleAsync<BookingCancelled>(c => c.Booking.BookingId == seed.Id);
        Assert.Equal(("organizer", 0m), (cancelled.CancelledBy, cancelled.RefundAmount));
        // The payment asked for at placement is called off.
        await Service.Published.SingleAsync<CancelPayment>(c => c.BookingId == seed.Id);
        Assert.Equal(BookingStatus.Cancelled, (await Service.BookingAsync(seed.Id)).Status);
        Assert.Equal(0, (await Service.CounterAsync(sale.OccurrenceId, sale.GeneralId)).Held);
    }
}
