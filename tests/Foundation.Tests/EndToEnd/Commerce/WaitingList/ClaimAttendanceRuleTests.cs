using System.Net;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Foundation.Tests.EndToEnd.Commerce.Attendance;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.WaitingList;

[Collection(BookingPlatformCollection.Name)]
public sealed class ClaimAttendanceRuleTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Claiming_an_offer_that_overlaps_another_booking_is_refused_and_the_offer_stays_open_until_that_booking_is_cancelled()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Harbour Arts Centre");
        // The concert (March next year, 19:30 to 21:30 in Berlin) sells one seat; the workshop overlaps it
        // and forbids overlapping bookings, which binds every booking with this organizer.
        var concert = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 1));
        var workshop = await organizer.PublishSessionAsync(new WorkshopSession(
            "Evening sketching", new DateTime(DateTime.UtcNow.Year + 1, 3, 14, 20, 0, 0, DateTimeKind.Unspecified), TimeSpan.FromHours(2)));
        var payer = await Shopper.SignUpAsync(fixture.Platform, "Pax Declined");
        var dora = await Shopper.SignUpAsync(fixture.Platform, "Dora Double-Booked");

        var sketching = await dora.BuyAsync(workshop.OccurrenceId, (workshop.Standard, 1));
        var doomed = await payer.BookAsync(concert.OccurrenceId, (concert.Standard, 1));
        var entry = await dora.JoinAsync(concert.OccurrenceId, concert.Standard, 1);
        using (var declined = await payer.PayAsync(doomed, "tok_decline"))
            Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        await dora.WaitForEntryAsync(entry.Id, "Offered");

        using (var refused = await dora.PostClaimAsync(entry.Id, Guid.NewGuid().ToString()))
        {
            var conflict = await AttendanceConflictView.ReadAsync(refused);
            Assert.Equal(("noOverlappingBookings", sketching.Id), (conflict.Rule, conflict.ConflictingBookingId));
        }
        var stillOpen = await dora.EntryAsync(entry.Id);
        Assert.Equal(("Offered", (Guid?)null), (stillOpen.Status, stillOpen.BookingId));
        Assert.Equal(1, (await organizer.AttendanceAsync(concert.OccurrenceId))!.Of(concert.Standard).Held);

        using (var cancelled = await dora.PostAsync($"/api/bookings/{sketching.Id}/cancel"))
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));
        var booking = await dora.ClaimAsync(entry.Id);
        Assert.Equal(concert.OccurrenceId, booking.OccurrenceId);
        Assert.Equal(1, (await organizer.AttendanceAsync(concert.OccurrenceId))!.Of(concert.Standard).Held);
    }
}
