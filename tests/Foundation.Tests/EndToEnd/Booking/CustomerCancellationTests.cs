using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

[Collection(BookingPlatformCollection.Name)]
public sealed class CustomerCancellationTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Cancelling_before_the_deadline_refunds_the_payment_voids_the_tickets_returns_the_seats_and_emails()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Riverside Opera");
        var opera = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10));
        var catalog = new Catalog(fixture.Platform);
        var erin = await Shopper.SignUpAsync(fixture.Platform, "Erin Changed-Plans");
        var booking = await erin.BuyAsync(opera.OccurrenceId, (opera.Standard, 2));
        await catalog.WaitForSeatsLeftAsync(opera, opera.Standard, 8);

        // Nobody else can cancel it.
        var mallory = await Shopper.SignUpAsync(fixture.Platform, "Mallory Meddler");
        using (var meddling = await mallory.PostAsync($"/api/bookings/{booking.Id}/cancel"))
            Assert.Equal(HttpStatusCode.NotFound, meddling.StatusCode);

        using (var cancelled = await erin.PostAsync($"/api/bookings/{booking.Id}/cancel"))
        {
            Assert.True(cancelled.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(cancelled));
            Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        await erin.WaitForBookingAsync(booking.Id, "Refunded");
        var payment = (await erin.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Refunded", "the refund"))!;
        Assert.Equal(booking.Total, Assert.Single(payment.Refunds).Amount);
        Assert.All(await erin.TicketsAsync(booking.Id), t => Assert.Equal("voided", t.Status));
        await catalog.WaitForSeatsLeftAsync(opera, opera.Standard, 10);
        Assert.Equal(0, (await organizer.AttendanceAsync(opera.OccurrenceId))!.Of(opera.Standard).Sold);

        Assert.Contains(opera.Title, (await erin.MailAsync("is cancelled")).Subject);
        Assert.Contains(opera.Title, (await erin.MailAsync("Your refund of")).Subject);

        using var twice = await erin.PostAsync($"/api/bookings/{booking.Id}/cancel");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task Cancelling_after_the_deadline_or_before_paying_is_refused_with_409()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Tonight Only Comedy");
        // Starts in three hours; cancellations closed two days before the start.
        var show = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10, CancellationDeadlineHours: 48,
            StartsAtLocal: EventPlan.LocalIn(TimeSpan.FromHours(3))));
        var fred = await Shopper.SignUpAsync(fixture.Platform, "Fred Last-Minute");

        var booking = await fred.BuyAsync(show.OccurrenceId, (show.Standard, 1));
        Assert.True(booking.CancellationDeadline < DateTimeOffset.UtcNow, $"deadline {booking.CancellationDeadline}");
        using (var tooLate = await fred.PostAsync($"/api/bookings/{booking.Id}/cancel"))
        {
            Assert.True(tooLate.StatusCode == HttpStatusCode.Conflict, await Customer.DescribeAsync(tooLate));
            Assert.Equal("cancellation_deadline_passed", (await tooLate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }
        Assert.Equal("Confirmed", (await fred.BookingAsync(booking.Id)).Status);
        Assert.All(await fred.TicketsAsync(booking.Id), t => Assert.Equal("valid", t.Status));

        var unpaid = await fred.BookAsync(show.OccurrenceId, (show.Standard, 1));
        using var notYet = await fred.PostAsync($"/api/bookings/{unpaid.Id}/cancel");
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Equal("not_confirmed", (await notYet.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
    }
}
