using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

// Mail to the customer of one booking: at most one of each kind per booking.
public abstract class BookingMailConsumer<TMessage>(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : MailingConsumer<TMessage>(db, time, templates)
    where TMessage : class
{
    protected abstract BookingParties PartiesOf(TMessage message);

    protected BookingSummary SummaryOf(TMessage message) => BookingSummary.Of(PartiesOf(message));

    protected override EmailRecipient RecipientOf(TMessage message) =>
        new(PartiesOf(message).CustomerEmail, PartiesOf(message).CustomerName);

    protected override Guid? UserIdOf(TMessage message) => PartiesOf(message).CustomerId;

    protected override Guid? SubjectIdOf(TMessage message) => PartiesOf(message).BookingId;
}
