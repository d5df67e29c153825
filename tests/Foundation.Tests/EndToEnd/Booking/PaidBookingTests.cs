using System.Net;
using System.Net.Http.Json;
using MimeKit;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Booking;

[Collection(BookingPlatformCollection.Name)]
public sealed class PaidBookingTests(BookingPlatformFixture fixture)
{
    [Fact]
    public async Task Paid_booking_is_confirmed_with_tickets_whose_QR_verifies_offline_and_one_email_with_QR_codes_and_calendar()
    {
        var organizer = await Organizer.CreateAsync(fixture.Platform, "Harbour Hall Concerts");
        var concert = await organizer.PublishEventAsync(new EventPlan(StandardCapacity: 10, PremiumCapacity: 5));
        var catalog = new Catalog(fixture.Platform);
        var ada = await Shopper.SignUpAsync(fixture.Platform, "Ada Lovelace");

        using var placed = await ada.PostBookingAsync(Shopper.Order(concert.OccurrenceId, (concert.Standard, 2), (concert.Premium, 1)), "ada-first-order");
        Assert.True(placed.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(placed));
        var booking = (await placed.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal($"/api/bookings/{booking.Id}", placed.Headers.Location?.OriginalString);
        Assert.Equal("AwaitingPayment", booking.Status);
        Assert.Equal(2 * EventPlan.StandardPrice + EventPlan.PremiumPrice, booking.Total);
        Assert.Equal("EUR", booking.Currency);
        Assert.Equal(concert.Title, booking.EventTitle);
        Assert.InRange(booking.HoldExpiresAt, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow + BookingPlatformFixture.HoldDuration + TimeSpan.FromSeconds(2));

        // The seats are held at once (the catalog's view of holds and releases is pinned by the failure and expiry
        // journeys; here the hold's time goes to paying).
        var held = (await organizer.AttendanceAsync(concert.OccurrenceId))!;
        Assert.Equal((2, 1), (held.Of(concert.Standard).Held, held.Of(concert.Premium).Held));

        // The booking says where to pay; the payment says how.
        Assert.Equal(booking.Payment, (await ada.BookingAsync(booking.Id)).Payment);
        var payment = (await ada.WaitForPaymentAsync(booking.Payment.PaymentId))!;
        Assert.Equal(("RequiresConfirmation", booking.Id, booking.Total, "EUR"), (payment.Status, payment.BookingId, payment.Amount, payment.Currency));
        Assert.Contains("tok_success", payment.Instructions!.TestCardTokens);
        Assert.Equal(booking.Payment.ConfirmUrl, payment.Instructions.ConfirmUrl);

        using (var paid = await ada.PostAsync(payment.Instructions.ConfirmUrl, new { cardToken = "tok_success" }))
        {
            Assert.True(paid.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(paid));
            Assert.Equal("Succeeded", (await paid.Content.ReadFromJsonAsync<PaymentView>())!.Status);
        }
        var confirmed = await ada.WaitForBookingAsync(booking.Id, "Confirmed");
        Assert.Equal(booking.Total, confirmed.Total);

        // One ticket per admission, each with its own code.
        var tickets = await ada.TicketsAsync(booking.Id);
        Assert.Equal(3, tickets.Count);
        Assert.Equal(2, tickets.Count(t => t.TicketTypeId == concert.Standard));
        Assert.All(tickets, t => Assert.Equal(("valid", "Ada Lovelace"), (t.Status, t.HolderName)));
        Assert.Equal(3, tickets.Select(t => t.Code).Distinct().Count());

        // The QR code holds the signed token, which verifies with the published key alone; a tampered one does not.
        var signingKeys = await ada.Person.Gateway.GetStringAsync("/api/bookings/tickets/signing-keys");
        foreach (var ticket in tickets)
        {
            using var png = await ada.GetAsync(ticket.QrCodeUrl);
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            var scanned = TicketToken.ReadQr(await png.Content.ReadAsByteArrayAsync());
            Assert.Equal(ticket.SignedToken, scanned);
            Assert.Equal(ticket.Id.ToString(), await TicketToken.VerifiedTicketIdAsync(scanned, signingKeys));
        }
        var parts = tickets[0].SignedToken.Split('.');
        var forged = $"{parts[0]}.{tickets[1].SignedToken.Split('.')[1]}.{parts[2]}";
        Assert.Null(await TicketToken.VerifiedTicketIdAsync(forged, signingKeys));

        // One email: a QR PNG per ticket (the same tokens) and a calendar entry.
        var mail = await ada.MailAsync("Your tickets for");
        Assert.Contains(concert.Title, mail.Subject);
        var attachments = mail.Attachments.OfType<MimePart>().ToList();
        var pngs = attachments.Where(a => a.ContentType.MimeType == "image/png").ToList();
        Assert.Equal(3, pngs.Count);
        var mailedTokens = pngs.Select(p =>
        {
            using var bytes = new MemoryStream();
            p.Content!.DecodeTo(bytes);
            return TicketToken.ReadQr(bytes.ToArray());
        }).Order().ToList();
        Assert.Equal(tickets.Select(t => t.SignedToken).Order().ToList(), mailedTokens);
        var calendar = Assert.Single(attachments, a => a.ContentType.MimeType == "text/calendar" || (a.FileName ?? "").EndsWith(".ics"));
        using (var ics = new MemoryStream())
        {
            calendar.Content!.DecodeTo(ics);
            var text = System.Text.Encoding.UTF8.GetString(ics.ToArray());
            Assert.Contains("BEGIN:VEVENT", text);
            Assert.Contains(concert.Title, text);
        }

        // A sale turns held into sold: the seats stay taken, and the customer's list shows the booking.
        await catalog.WaitForSeatsLeftAsync(concert, concert.Standard, 8);
        await catalog.WaitForSeatsLeftAsync(concert, concert.Premium, 4);
        var counts = (await organizer.AttendanceAsync(concert.OccurrenceId))!;
        Assert.Equal((2, 0, 8), (counts.Of(concert.Standard).Sold, counts.Of(concert.Standard).Held, counts.Of(concert.Standard).Remaining));
        using var mine = await ada.GetAsync("/api/bookings");
        var page = (await mine.Content.ReadFromJsonAsync<BookingPageView>())!;
        Assert.Equal("Confirmed", Assert.Single(page.Items, b => b.Id == booking.Id).Status);
        Assert.Single(await ada.Person.MailAsync(), m => (m.Subject ?? "").StartsWith("Your tickets for"));
    }
}
