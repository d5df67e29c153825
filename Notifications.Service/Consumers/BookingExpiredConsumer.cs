using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

public sealed class BookingExpiredConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : BookingMailConsumer<BookingExpired>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.BookingExpired;

    protected override BookingParties PartiesOf(BookingExpired message) => message.Booking;

    protected override object ModelOf(BookingExpired message) => new BookingExpiredEmail(
        SummaryOf(message),
        VenueTime.For(message.Booking.TimeZone).DescribeWithZone(message.HoldExpiredAt));
}
