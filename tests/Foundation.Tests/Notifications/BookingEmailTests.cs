using MimeKit;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.NotificationsService;

public sealed class BookingEmailTests : IAsyncLifetime
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    NotificationsUnderTest service = null!;
    string maildir = "";

    public async Task InitializeAsync()
    {
        maildir = (await TestInfrastructure.GetAsync()).MaildirPath;
        service = await NotificationsUnderTest.StartAsync();
    }

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task BookingConfirmed_sends_one_email_listing_the_tickets_at_the_venues_local_time()
    {
        var email = Mailbox.UniqueAddress("confirmed");
        var booking = BookingMessages.Parties(email);
        var standard = BookingMessages.Ticket("Standard");
        var balcony = BookingMessages.Ticket("Balcony");

        var messageId = await service.PublishAsync(BookingMessages.Confirmed(booking, standard, balcony));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your tickets for Harbour Jazz Night", mail.Subject);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains("Standard", body);
            Assert.Contains("Balcony", body);
            Assert.Contains(standard.Code, body);
            Assert.Contains(balcony.Code, body);
            Assert.Contains("Blue Note, 131 W 3rd St, New York", body);
            // 23:30 UTC is 19:30 in New York in June.
            Assert.Contains("Saturday 12 June 2027, 19:30", body);
            Assert.Contains("America/New_York", body);
            Assert.Contains("135.50 USD", body);
            Assert.DoesNotContain(standard.SignedToken, body);
        }
        var row = await NotificationRows.SentForMessageAsync(service.DatabaseConnectionString, messageId);
        Assert.Equal(("BookingConfirmed", "Sent", (Guid?)booking.CustomerId), (row.Kind, row.Status, row.UserId));
    }

    [Fact]
    public async Task BookingConfirmed_attaches_per_ticket_the_QR_png_of_its_signed_token()
    {
        var email = Mailbox.UniqueAddress("qr");
        var tickets = new[] { BookingMessages.Ticket("Standard"), BookingMessages.Ticket("Standard"), BookingMessages.Ticket("VIP") };

        await service.PublishAsync(BookingMessages.Confirmed(BookingMessages.Parties(email), tickets));

        var mail = await SingleMailToAsync(email);
        Assert.Equal(tickets.Length, mail.Attachments.Count(a => a.ContentType.MimeType == "image/png"));
        foreach (var ticket in tickets)
        {
            var png = TicketAttachments.Bytes(TicketAttachments.Named(mail, $"ticket-{ticket.Code}.png"));
            Assert.True(TicketAttachments.IsPng(png), "the attachment starts with the PNG signature");
            Assert.Equal(TicketAttachments.QrPngOf(ticket.SignedToken), png);
            Assert.NotEqual(TicketAttachments.QrPngOf(ticket.SignedToken + "x"), png);
        }
    }

    [Fact]
    public async Task BookingConfirmed_attaches_an_ics_with_the_occurrence_in_the_venue_time_zone()
    {
        var email = Mailbox.UniqueAddress("ics");
        var booking = BookingMessages.Parties(email);

        await service.PublishAsync(BookingMessages.Confirmed(booking, BookingMessages.Ticket("Standard")));

        var mail = await SingleMailToAsync(email);
        var ics = TicketAttachments.Named(mail, "event.ics");
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        var calendar = TicketAttachments.Calendar(mail);
        var occurrence = Assert.Single(calendar.Events);
        Assert.Equal("Harbour Jazz Night", occurrence.Summary);
        Assert.Contains("Blue Note", occurrence.Location);
        Assert.Contains(booking.BookingId.ToString("N"), occurrence.Uid);
        Assert.Equal("America/New_York", occurrence.Start!.TzId);
        Assert.Equal(new DateTime(2027, 6, 12, 19, 30, 0), occurrence.Start.Value);
        Assert.Equal(BookingMessages.StartsAt.UtcDateTime, occurrence.Start.AsUtc);
        Assert.Equal(new DateTime(2027, 6, 12, 22, 0, 0), occurrence.End!.Value);
        Assert.Equal(BookingMessages.EndsAt.UtcDateTime, occurrence.End.AsUtc);
        var zone = Assert.Single(calendar.TimeZones, zone => zone.TzId == "America/New_York");
        Assert.NotEmpty(zone.TimeZoneInfos);
    }

    [Fact]
    public async Task Sent_confirmation_keeps_neither_bodies_nor_ticket_files_at_rest()
    {
        var email = Mailbox.UniqueAddress("forgotten");
        var messageId = await service.PublishAsync(BookingMessages.Confirmed(BookingMessages.Parties(email), BookingMessages.Ticket("Standard")));

        await SingleMailToAsync(email);
        await Eventually.HoldsAsync(
            async () => (await NotificationRows.SingleForMessageAsync(service.DatabaseConnectionString, messageId)).Status == "Sent",
            Deadline,
            "the row is marked sent");

        var row = await NotificationRows.SentForMessageAsync(service.DatabaseConnectionString, messageId);
        Assert.False(row.HasBodies);
        Assert.Equal(0, await NotificationAttachmentRows.CountAsync(service.DatabaseConnectionString, row.Id));
    }

    [Theory]
    [InlineData("card_declined", "your card was declined")]
    [InlineData("insufficient_funds", "your card has insufficient funds")]
    [InlineData("provider_unavailable", "the payment service was unavailable")]
    public async Task BookingFailed_says_why_in_words_and_that_the_seats_were_released(string reason, string words)
    {
        var email = Mailbox.UniqueAddress("failed");

        await service.PublishAsync(BookingMessages.Failed(BookingMessages.Parties(email), reason));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your booking for Harbour Jazz Night did not go through", mail.Subject);
        Assert.Contains(words, mail.TextBody);
        Assert.Contains(words, mail.HtmlBody);
        Assert.Contains("seats we were holding for you have been released", mail.TextBody);
        Assert.DoesNotContain(reason, mail.TextBody);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public async Task BookingExpired_says_the_hold_ran_out_and_nothing_was_charged()
    {
        var email = Mailbox.UniqueAddress("expired");

        await service.PublishAsync(BookingMessages.Expired(BookingMessages.Parties(email)));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your hold for Harbour Jazz Night has expired", mail.Subject);
        Assert.Contains("until Saturday 1 May 2027, 08:10 (America/New_York)", mail.TextBody);
        Assert.Contains("seats have been released", mail.TextBody);
        Assert.Contains("Nothing was charged", mail.HtmlBody);
    }

    [Fact]
    public async Task BookingCancelled_by_the_customer_confirms_the_cancellation_and_the_coming_refund()
    {
        var email = Mailbox.UniqueAddress("cancelled");

        await service.PublishAsync(BookingMessages.Cancelled(BookingMessages.Parties(email), "customer", "customer request"));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your booking for Harbour Jazz Night is cancelled", mail.Subject);
        Assert.Contains("As you asked", mail.TextBody);
        Assert.Contains("Your refund of 90.00 EUR is on its way", mail.TextBody);
        Assert.DoesNotContain("organizer", mail.TextBody);
    }

    [Fact]
    public async Task BookingCancelled_by_the_organizer_gives_their_reason_and_the_coming_refund()
    {
        var email = Mailbox.UniqueAddress("organizer");

        await service.PublishAsync(BookingMessages.Cancelled(BookingMessages.Parties(email), "organizer", "the band is stuck in a snowstorm"));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Harbour Jazz Night was cancelled by the organizer", mail.Subject);
        Assert.Contains("The organizer cancelled Harbour Jazz Night (Saturday 12 June 2027, 19:30): the band is stuck in a snowstorm.", mail.TextBody);
        Assert.Contains("the band is stuck in a snowstorm", mail.HtmlBody);
        Assert.Contains("90.00 EUR", mail.HtmlBody);
    }

    [Fact]
    public async Task BookingCancelled_attaches_an_ics_that_cancels_the_calendar_entry_of_the_confirmation()
    {
        var email = Mailbox.UniqueAddress("uncalendared");
        var booking = BookingMessages.Parties(email);
        await service.PublishAsync(BookingMessages.Confirmed(booking, BookingMessages.Ticket("Standard")));
        await SingleMailToAsync(email);

        await service.PublishAsync(BookingMessages.Cancelled(booking, "organizer", "venue flooded"));
        await Eventually.HoldsAsync(() => Mailbox.To(maildir, email).Count == 2, Deadline, "the cancellation mail arrives");

        var mails = Mailbox.To(maildir, email);
        var confirmation = mails.Single(m => m.Subject!.StartsWith("Your tickets"));
        var cancellation = mails.Single(m => m.Subject!.Contains("cancelled"));
        var added = Assert.Single(TicketAttachments.Calendar(confirmation).Events);
        var cancelled = TicketAttachments.Calendar(cancellation, "cancelled-event.ics");
        Assert.Equal("CANCEL", cancelled.Method);
        var removed = Assert.Single(cancelled.Events);
        Assert.Equal(added.Uid, removed.Uid);
        Assert.Equal("CANCELLED", removed.Status);
        Assert.True(removed.Sequence > added.Sequence, "a calendar applies only a higher sequence");
        Assert.DoesNotContain(cancellation.Attachments, a => a.ContentType.MimeType == "image/png");
    }

    [Fact]
    public async Task BookingRefunded_for_a_late_payment_explains_the_refund_with_amount_and_currency()
    {
        var email = Mailbox.UniqueAddress("late");

        await service.PublishAsync(BookingMessages.Refunded(BookingMessages.Parties(email), "late-payment"));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your refund of 1,234.50 EUR for Harbour Jazz Night", mail.Subject);
        Assert.Contains("your payment arrived after your hold expired, so we refunded it", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1,234.50 EUR", mail.TextBody);
    }

    [Fact]
    public async Task BookingRefunded_after_a_cancellation_says_the_refund_was_made()
    {
        var email = Mailbox.UniqueAddress("refunded");

        await service.PublishAsync(BookingMessages.Refunded(BookingMessages.Parties(email), "cancelled"));

        var mail = await SingleMailToAsync(email);
        Assert.Contains("We have refunded 1,234.50 EUR for your cancelled booking", mail.TextBody);
        Assert.DoesNotContain("hold expired", mail.TextBody);
    }

    [Theory]
    [InlineData("cancelled", "We tried to refund 1,234.50 EUR for your cancelled booking")]
    [InlineData("late-payment", "Your payment of 1,234.50 EUR arrived after your hold expired")]
    public async Task BookingRefundFailed_tells_the_customer_the_organizer_will_refund_by_hand(string reason, string opening)
    {
        var email = Mailbox.UniqueAddress("refund-failed");

        var messageId = await service.PublishAsync(new BookingRefundFailed(BookingMessages.Parties(email), 1234.5m, "EUR", reason, "provider_unavailable", DateTimeOffset.UtcNow));

        var mail = await SingleMailToAsync(email);
        Assert.Equal("Your refund of 1,234.50 EUR for Harbour Jazz Night needs a little more time", mail.Subject);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody })
        {
            Assert.Contains(opening, body!.Replace("<strong>", "").Replace("</strong>", ""));
            Assert.Contains("the organizer has been told and will refund you by hand", body);
        }
        var row = await NotificationRows.SentForMessageAsync(service.DatabaseConnectionString, messageId);
        Assert.Equal(("BookingRefundFailed", "Sent"), (row.Kind, row.Status));
    }

    [Fact]
    public async Task Redelivered_confirmation_sends_no_second_email()
    {
        var email = Mailbox.UniqueAddress("redelivered");
        var message = BookingMessages.Confirmed(BookingMessages.Parties(email), BookingMessages.Ticket("Standard"));
        var messageId = Guid.CreateVersion7();

        await service.PublishAsync(message, messageId);
        await SingleMailToAsync(email);
        await service.PublishAsync(message, messageId);
        await service.PublishAsync(message, messageId);
        await service.SettledAsync();

        Assert.Single(Mailbox.To(maildir, email));
        Assert.Single(await NotificationRows.ForMessageAsync(service.DatabaseConnectionString, messageId));
    }

    [Fact]
    public async Task Same_booking_announced_twice_under_new_message_ids_sends_one_email_of_each_kind()
    {
        var email = Mailbox.UniqueAddress("republished");
        var booking = BookingMessages.Parties(email);
        var confirmed = BookingMessages.Confirmed(booking, BookingMessages.Ticket("Standard"));

        var first = await service.PublishAsync(confirmed);
        await SingleMailToAsync(email);
        var second = await service.PublishAsync(confirmed);
        await service.PublishAsync(BookingMessages.Cancelled(booking, "customer", "changed plans"));
        await Eventually.HoldsAsync(() => Mailbox.To(maildir, email).Count >= 2, Deadline, "the cancellation mail arrives");
        await service.SettledAsync();

        Assert.Equal(
            ["Your booking for Harbour Jazz Night is cancelled", "Your tickets for Harbour Jazz Night"],
            Mailbox.To(maildir, email).Select(m => m.Subject).Order());
        Assert.Single(await NotificationRows.ForMessageAsync(service.DatabaseConnectionString, first));
        Assert.Empty(await NotificationRows.ForMessageAsync(service.DatabaseConnectionString, second));
    }

    [Fact]
    public async Task Values_from_the_message_are_html_encoded_in_booking_emails()
    {
        var email = Mailbox.UniqueAddress("hostile-booking");
        var booking = BookingMessages.Parties(email) with { EventTitle = "<img src=x onerror=alert(1)>\r\nBcc: victim@example.test" };

        await service.PublishAsync(BookingMessages.Failed(booking, "card_declined"));

        var mail = await SingleMailToAsync(email);
        Assert.DoesNotContain("<img", mail.HtmlBody);
        Assert.Contains("&lt;img", mail.HtmlBody);
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain("\n", mail.Subject);
    }

    [Fact]
    public async Task Unknown_venue_time_zone_falls_back_to_UTC_rather_than_dropping_the_mail()
    {
        var email = Mailbox.UniqueAddress("no-zone");
        var booking = BookingMessages.Parties(email, timeZone: "Mars/Olympus_Mons");

        await service.PublishAsync(BookingMessages.Confirmed(booking, BookingMessages.Ticket("Standard")));

        var mail = await SingleMailToAsync(email);
        Assert.Contains("Saturday 12 June 2027, 23:30", mail.TextBody);
        var occurrence = Assert.Single(TicketAttachments.Calendar(mail).Events);
        Assert.Equal(BookingMessages.StartsAt.UtcDateTime, occurrence.Start!.AsUtc);
    }

    async Task<MimeMessage> SingleMailToAsync(string recipient)
    {
        await Eventually.HoldsAsync(() => Mailbox.To(maildir, recipient).Count > 0, Deadline, $"a mail to {recipient} arrives");
        await service.SettledAsync();
        return Assert.Single(Mailbox.To(maildir, recipient));
    }
}
