using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

// Tells the customer that their refund did not go through on its own and that the organizer will see to it.
public sealed class BookingRefundFailedConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : BookingMailConsumer<BookingRefundFailed>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.BookingRefundFailed;

    protected override BookingParties PartiesOf(BookingRefundFailed message) => message.Booking;

    protected override object ModelOf(BookingRefundFailed message) => new BookingRefundFailedEmail(
        SummaryOf(message),
        Money.Format(message.Amount, message.Currency),
        string.Equals(message.Reason, BookingRefundedConsumer.LatePayment, StringComparison.OrdinalIgnoreCase));
}
