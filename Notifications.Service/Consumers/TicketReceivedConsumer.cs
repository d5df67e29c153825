using Microsoft.Extensions.Options;
using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Mail;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

// The recipient of a transfer needs no account: this email is their ticket, with its QR PNG and the .ics.
// One per transfer, however often TicketTransferred is announced.
public sealed class TicketReceivedConsumer(
    NotificationsDbContext db,
    TimeProvider time,
    EmailTemplates templates,
    IOptions<NotificationsOptions> options)
    : MailingConsumer<TicketTransferred>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.TicketReceived;

    protected override EmailRecipient RecipientOf(TicketTransferred message) => new(message.RecipientEmail, message.RecipientName);

    protected override Guid? UserIdOf(TicketTransferred message) => null;

    protected override Guid? SubjectIdOf(TicketTransferred message) => message.TransferId;

    protected override object ModelOf(TicketTransferred message) => new TicketReceivedEmail(
        BookingSummary.Of(message.Booking),
        message.RecipientName,
        new TicketLine(message.NewTicket.TicketTypeName, message.NewTicket.Code, TicketFileName.Of(message.NewTicket.TicketId, message.NewTicket.Code)));

    protected override IReadOnlyList<EmailAttachment> AttachmentsOf(TicketTransferred message) =>
    [
        new(TicketFileName.Of(message.NewTicket.TicketId, message.NewTicket.Code), "image/png", TicketQrCode.RenderPng(message.NewTicket.SignedToken)),
        new(BookingCalendar.FileName, BookingCalendar.ContentType, BookingCalendar.Render(message.Booking, options.Value.Sender().Domain, message.OccurredAt)),
    ];
}
