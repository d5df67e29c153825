using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

[Collection(BookingPlatformCollection.Name)]
public sealed class FailedPaymentTests(BookingPlatformFixture fixture)
{
    [Theory]
    [InlineData("tok_decline", HttpStatusCode.PaymentRequired, "card_declined")]
    [InlineData("tok_insufficient_funds", HttpStatusCode.PaymentRequired, "insufficient_funds")]
    public async Task Failed_payment_fails_the_booking_with_its_reason_releases_the_seats_and_emails(string cardToken, HttpStatusCode answer, string reason)
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Dockside Theatre");
        var play = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10));
        var catalog = new Catalog(fixture.Platform);
        var bob = await Shopper.SignUpAsync(fixture.Platform, "Bob Bruised");

        var booking = await bob.BookAsync(play.OccurrenceId, (play.Standard, 3));
        await catalog.WaitForSeatsLeftAsync(play, play.Standard, 7);

        using (var refused = await bob.PayAsync(booking, cardToken))
        {
            Assert.True(refused.StatusCode == answer, await Customer.DescribeAsync(refused));
            Assert.Equal(reason, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }

        var failed = await bob.WaitForBookingAsync(booking.Id, "Failed");
        Assert.Contains(reason, failed.StatusReason);
        var counts = (await organizer.AttendanceAsync(play.OccurrenceId))!.Of(play.Standard);
        Assert.Equal((0, 0, 10), (counts.Held, counts.Sold, counts.Remaining));
        await catalog.WaitForSeatsLeftAsync(play, play.Standard, 10);
        Assert.Empty(await bob.TicketsAsync(booking.Id));

        var mail = await bob.MailAsync("did not go through");
        Assert.Contains(play.Title, mail.Subject);

        // A failed payment cannot be retried with a good card: the booking must be made again.
        using var again = await bob.PostAsync(booking.Payment.ConfirmUrl, new { cardToken = "tok_success" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Failed", (await bob.BookingAsync(booking.Id)).Status);
    }

    [Fact]
    public async Task Provider_outage_keeps_the_booking_and_its_seats_and_the_customer_pays_on_a_second_confirm()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Dockside Theatre");
        var play = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10));
        var cleo = await Shopper.SignUpAsync(fixture.Platform, "Cleo Outage");
        var booking = await cleo.BookAsync(play.OccurrenceId, (play.Standard, 2));

        using (var unavailable = await cleo.PayAsync(booking, "tok_unavailable"))
        {
            Assert.True(unavailable.StatusCode == HttpStatusCode.ServiceUnavailable, await Customer.DescribeAsync(unavailable));
            Assert.True(unavailable.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the outage says when to confirm again");
            Assert.Equal("provider_unavailable", (await unavailable.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }
        // No money moved, so nothing failed: the booking still waits for its payment and holds its seats.
        Assert.Equal("AwaitingPayment", (await cleo.BookingAsync(booking.Id)).Status);
        var seats = (await organizer.AttendanceAsync(play.OccurrenceId))!.Of(play.Standard);
        Assert.Equal((2, 0), (seats.Held, seats.Sold));

        using (var paid = await cleo.PayAsync(booking, "tok_success"))
            Assert.True(paid.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(paid));

        await cleo.WaitForBookingAsync(booking.Id, "Confirmed");
        Assert.Equal(2, (await cleo.TicketsAsync(booking.Id)).Count);
    }
}
