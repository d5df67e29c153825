using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

public sealed class BookingRefundedConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : BookingMailConsumer<BookingRefunded>(db, time, templates)
{
    public const string LatePayment = "late-payment";

    protected override NotificationKind Kind => NotificationKind.BookingRefunded;

    protected override BookingParties PartiesOf(BookingRefunded message) => message.Booking;

    protected override object ModelOf(BookingRefunded message) => new BookingRefundedEmail(
        SummaryOf(message),
        Money.Format(message.Amount, message.Currency),
        string.Equals(message.Reason, LatePayment, StringComparison.OrdinalIgnoreCase),
        message.Amount == 0m);
}
