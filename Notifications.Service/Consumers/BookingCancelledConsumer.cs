using Microsoft.Extensions.Options;
using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Mail;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

// With an .ics that takes the event out of the customer's calendar.
public sealed class BookingCancelledConsumer(
    NotificationsDbContext db,
    TimeProvider time,
    EmailTemplates templates,
    IOptions<NotificationsOptions> options)
    : BookingMailConsumer<BookingCancelled>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.BookingCancelled;

    protected override BookingParties PartiesOf(BookingCancelled message) => message.Booking;

    protected override object ModelOf(BookingCancelled message) => new BookingCancelledEmail(
        SummaryOf(message),
        string.Equals(message.CancelledBy, "organizer", StringComparison.OrdinalIgnoreCase),
        message.Reason?.Trim() ?? "",
        Money.Format(message.RefundAmount, message.Currency),
        message.RefundAmount == 0m);

    protected override IReadOnlyList<EmailAttachment> AttachmentsOf(BookingCancelled message) =>
    [
        new(BookingCalendar.CancellationFileName, BookingCalendar.CancellationContentType,
            BookingCalendar.RenderCancellation(message.Booking, options.Value.Sender().Domain, message.OccurredAt)),
    ];
}
