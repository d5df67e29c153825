using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

// Mail to the customer of one waiting-list entry: at most one of each kind per entry.
public abstract class WaitingListMailConsumer<TMessage>(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : MailingConsumer<TMessage>(db, time, templates)
    where TMessage : class
{
    protected abstract WaitingListParties EntryOf(TMessage message);

    protected override EmailRecipient RecipientOf(TMessage message) =>
        new(EntryOf(message).CustomerEmail, EntryOf(message).CustomerName);

    protected override Guid? UserIdOf(TMessage message) => EntryOf(message).CustomerId;

    protected override Guid? SubjectIdOf(TMessage message) => EntryOf(message).EntryId;
}
