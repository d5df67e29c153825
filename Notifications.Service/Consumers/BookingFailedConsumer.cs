using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

public sealed class BookingFailedConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : BookingMailConsumer<BookingFailed>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.BookingFailed;

    protected override BookingParties PartiesOf(BookingFailed message) => message.Booking;

    protected override object ModelOf(BookingFailed message) =>
        new BookingFailedEmail(SummaryOf(message), PaymentFailureReason.InWords(message.Reason, message.Message));
}
