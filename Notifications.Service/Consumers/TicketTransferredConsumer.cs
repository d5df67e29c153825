using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

// Tells the booking's customer whom their ticket went to: one email per transfer (a booking may see several).
public sealed class TicketTransferredConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : BookingMailConsumer<TicketTransferred>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.TicketTransferred;

    protected override BookingParties PartiesOf(TicketTransferred message) => message.Booking;

    protected override Guid? SubjectIdOf(TicketTransferred message) => message.TransferId;

    protected override object ModelOf(TicketTransferred message) => new TicketTransferredEmail(
        SummaryOf(message),
        message.RecipientName,
        message.RecipientEmail,
        message.NewTicket.TicketTypeName,
        VenueTime.For(message.Booking.TimeZone).Describe(message.OccurredAt));
}
