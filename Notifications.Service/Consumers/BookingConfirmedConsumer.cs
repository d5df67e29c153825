using Microsoft.Extensions.Options;
using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Mail;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

// The tickets: one QR PNG per ticket and the occurrence as an .ics, rendered now and stored with the row
// so a retry after a mail-server outage sends the same files.
public sealed class BookingConfirmedConsumer(
    NotificationsDbContext db,
    TimeProvider time,
    EmailTemplates templates,
    IOptions<NotificationsOptions> options)
    : BookingMailConsumer<BookingConfirmed>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.BookingConfirmed;

    protected override BookingParties PartiesOf(BookingConfirmed message) => message.Booking;

    protected override object ModelOf(BookingConfirmed message)
    {
        var discounted = message.Discount > 0m;
        return new BookingConfirmedEmail(
            SummaryOf(message),
            message.Tickets.Select(t => new TicketLine(t.TicketTypeName, t.Code, TicketFileName(t))).ToList(),
            Money.Format(message.Total, message.Currency),
            message.Total == 0m,
            message.Subtotal is { } subtotal ? Money.Format(subtotal, message.Currency) : null,
            discounted ? Money.Format(message.Discount, message.Currency) : null,
            discounted && !string.IsNullOrWhiteSpace(message.CouponCode) ? message.CouponCode.Trim() : null);
    }

    protected override IReadOnlyList<EmailAttachment> AttachmentsOf(BookingConfirmed message)
    {
        var attachments = message.Tickets
            .Select(ticket => new EmailAttachment(TicketFileName(ticket), "image/png", TicketQrCode.RenderPng(ticket.SignedToken)))
            .ToList();
        var calendar = BookingCalendar.Render(message.Booking, options.Value.Sender().Domain, message.OccurredAt);
        attachments.Add(new EmailAttachment(BookingCalendar.FileName, BookingCalendar.ContentType, calendar));
        return attachments;
    }

    // Codes are ours (letters and digits), but a file name must never carry a path.
    static string TicketFileName(IssuedTicket ticket)
    {
        var safe = new string(ticket.Code.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray());
        return $"ticket-{(safe.Length > 0 ? safe : ticket.TicketId.ToString("N"))}.png";
    }
}
