using Bookings.Service.Domain;
using Bookings.Service.Saga.Consumers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Bookings;
using Platform.Contracts.Events;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// An organizer's cancellation reads live bookings two at a time here (BookingsUnderTest sets the page size).
public sealed class OrganizerCancellationPagingTests(SagaFixture fixture) : IClassFixture<SagaFixture>
{
    BookingsUnderTest Service => fixture.Service;

    [Fact]
    public async Task A_booking_that_expires_between_two_pages_does_not_make_the_cancellation_skip_a_live_one()
    {
        var scenario = await fixture.ScenarioAsync();
        var booked = new List<Guid>();
        for (var i = 0; i < 5; i++)
            booked.Add((await scenario.BookAsync(quantity: 1)).Id);

        var read = new List<Guid>();
        await using (var scope = Service.Factory.Services.CreateAsyncScope())
        {
            var fanOut = scope.ServiceProvider.GetRequiredService<OrganizerCancellationFanOut>();
            await foreach (var page in fanOut.LiveBookingPagesAsync(scenario.EventId, null, CancellationToken.None))
            {
                // The first page's first booking runs out of time while the cancellation is under way.
                if (read.Count == 0)
                    await ExpireAsync(page[0]);
                read.AddRange(page);
            }
        }

        Assert.Equal(booked.Order(), read.Order());
    }

    [Fact]
    public async Task Cancelled_event_with_more_live_bookings_than_one_page_cancels_every_one()
    {
        var scenario = await fixture.ScenarioAsync();
        var paid = new List<Guid>();
        for (var i = 0; i < 3; i++)
            paid.Add((await scenario.ConfirmedAsync(quantity: 1)).Id);
        var unpaid = new List<Guid>();
        for (var i = 0; i < 2; i++)
            unpaid.Add((await scenario.BookAsync(quantity: 1)).Id);

        await Service.PublishAsync(new EventCancelled(scenario.EventId, scenario.OrganizationId, 7, "Harbour Jazz Night", "The venue flooded", DateTimeOffset.UtcNow));

        foreach (var bookingId in paid.Concat(unpaid))
            await Service.Published.SingleAsync<BookingCancelled>(c => c.Booking.BookingId == bookingId);
        foreach (var bookingId in unpaid)
            await Service.WaitForStatusAsync(bookingId, BookingStatus.Cancelled);
        var counter = await Service.CounterAsync(scenario.OccurrenceId, scenario.TicketTypeId);
        Assert.Equal((0, 0), (counter.Held, counter.Sold));
    }

    // What the hold-expiry worker leaves behind, done at the moment the test needs it.
    private Task ExpireAsync(Guid bookingId) =>
        Service.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE bookings SET status = 'Expired' WHERE id = {bookingId}"));
}
