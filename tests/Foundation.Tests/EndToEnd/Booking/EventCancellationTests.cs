using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

[Collection(BookingPlatformCollection.Name)]
public sealed class EventCancellationTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Organizer_cancelling_the_event_cancels_and_refunds_every_booking_and_emails_every_customer()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Storm Season Festival");
        var festival = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10, PremiumCapacity: 5));
        var catalog = new Catalog(fixture.Platform);
        var gina = await Shopper.SignUpAsync(fixture.Platform, "Gina Early");
        var hugo = await Shopper.SignUpAsync(fixture.Platform, "Hugo Premium");
        var ivan = await Shopper.SignUpAsync(fixture.Platform, "Ivan Undecided");

        var ginas = await gina.BuyAsync(festival.OccurrenceId, (festival.Standard, 2));
        var hugos = await hugo.BuyAsync(festival.OccurrenceId, (festival.Premium, 2), (festival.Standard, 1));
        var ivans = await ivan.BookAsync(festival.OccurrenceId, (festival.Standard, 1));
        await catalog.WaitForSeatsLeftAsync(festival, festival.Standard, 6);

        await organizer.CancelEventAsync(festival.Id, "The storm flooded the venue.");

        foreach (var (shopper, booking) in new[] { (gina, ginas), (hugo, hugos) })
        {
            await shopper.WaitForBookingAsync(booking.Id, "Refunded");
            var payment = (await shopper.WaitForPaymentAsync(booking.Payment.PaymentId, p => p.Status == "Refunded", "the refund"))!;
            Assert.Equal(booking.Total, Assert.Single(payment.Refunds).Amount);
            Assert.All(await shopper.TicketsAsync(booking.Id), t => Assert.Equal("voided", t.Status));
            Assert.Contains(festival.Title, (await shopper.MailAsync("was cancelled by the organizer")).Subject);
            await shopper.MailAsync("Your refund of");
        }
        // The unpaid booking is called off and its payment can no longer be taken.
        var ivansNow = await Eventually.Until(() => ivan.BookingAsync(ivans.Id), b => b.Status != "AwaitingPayment", "Ivan's booking to end");
        Assert.Equal("Cancelled", ivansNow.Status);
        await ivan.WaitForPaymentAsync(ivans.Payment.PaymentId, p => p.Status == "Cancelled", "Ivan's payment to be cancelled");
        await ivan.MailAsync("was cancelled by the organizer");

        var counts = (await organizer.AttendanceAsync(festival.OccurrenceId))!;
        Assert.All(counts.TicketTypes, t => Assert.Equal((0, 0), (t.Held, t.Sold)));

        // Nothing of it is on sale any more.
        await Eventually.Until(async () =>
        {
            using var attempt = await gina.PostBookingAsync(Shopper.Order(festival.OccurrenceId, (festival.Standard, 1)), Guid.NewGuid().ToString());
            return attempt.StatusCode;
        }, status => status == System.Net.HttpStatusCode.UnprocessableEntity, "booking the cancelled event to be refused");
    }
}
