using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

[Collection(BookingPlatformCollection.Name)]
public sealed class HoldExpiryTests(BookingPlatformFixture fixture)
{
    static readonly TimeSpan ExpiryWait = BookingPlatformFixture.HoldDuration + TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Unpaid_booking_expires_releases_its_seats_cancels_the_payment_and_emails_and_paying_afterwards_is_refused()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Pier Cinema");
        var film = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 6));
        var catalog = new Catalog(fixture.Platform);
        var carl = await Shopper.SignUpAsync(fixture.Platform, "Carl Slow");

        var booking = await carl.BookAsync(film.OccurrenceId, (film.Standard, 2));
        await catalog.WaitForSeatsLeftAsync(film, film.Standard, 4);
        await carl.WaitForPaymentAsync(booking.Payment.PaymentId);

        var expired = await carl.WaitForBookingAsync(booking.Id, "Expired", ExpiryWait);
        Assert.True(DateTimeOffset.UtcNow >= booking.HoldExpiresAt, "expired before its hold ended");
        await catalog.WaitForSeatsLeftAsync(film, film.Standard, 6);
        Assert.Equal(0, (await organizer.AttendanceAsync(film.OccurrenceId))!.Of(film.Standard).Held);
        await carl.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Cancelled", "the payment to be cancelled");
        Assert.Contains(film.Title, (await carl.MailAsync("has expired")).Subject);

        using var late = await carl.PostAsync(booking.Payment.ConfirmUrl, new { cardToken = "tok_success" });
        Assert.True(late.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(late));
        Assert.Contains((await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString(), new[] { "payment_cancelled", "payment_expired" });
        Assert.Equal("Expired", (await carl.BookingAsync(booking.Id)).Status);
        Assert.Empty(await carl.TicketsAsync(booking.Id));
        Assert.Equal(expired.Total, booking.Total);
    }

    [Fact]
    public async Task Payment_succeeding_after_the_hold_expired_is_refunded_automatically_and_the_customer_is_told()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Late Night Jazz");
        var gig = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 4));
        var catalog = new Catalog(fixture.Platform);
        var dora = await Shopper.SignUpAsync(fixture.Platform, "Dora Dawdle");

        var booking = await dora.BookAsync(gig.OccurrenceId, (gig.Standard, 1));
        // The provider answers only after the hold has run out.
        using (var slowCard = await dora.PayAsync(booking, "tok_success_late"))
            Assert.True(slowCard.IsSuccessStatusCode || slowCard.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(slowCard));

        var refunded = await dora.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Refunded", "the late payment to be refunded");
        var refund = Assert.Single(refunded!.Refunds);
        Assert.Equal((booking.Total, "EUR"), (refund.Amount, refund.Currency));
        Assert.Equal("Expired", (await dora.BookingAsync(booking.Id)).Status);
        Assert.Empty(await dora.TicketsAsync(booking.Id));
        await catalog.WaitForSeatsLeftAsync(gig, gig.Standard, 4);
        Assert.Equal(0, (await organizer.AttendanceAsync(gig.OccurrenceId))!.Of(gig.Standard).Sold);

        var told = await dora.MailAsync("Your refund of");
        Assert.Contains("after your hold expired", told.TextBody);
        await dora.MailAsync("has expired");
        Assert.DoesNotContain(await dora.Person.MailAsync(), m => (m.Subject ?? "").StartsWith("Your tickets for"));
    }
}
