using MassTransit;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.ServiceDefaults.Messaging;

namespace Notifications.Service.Consumers;

// Turns one message into one Pending notification, rendered now and sent by the dispatcher; the
// inbox skips redeliveries and the (kind, message id) key refuses a second row regardless.
public abstract class MailingConsumer<TMessage>(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : InboxConsumer<TMessage, NotificationsDbContext>(db, time)
    where TMessage : class
{
    protected abstract NotificationKind Kind { get; }

    protected abstract EmailRecipient RecipientOf(TMessage message);

    protected abstract Guid? UserIdOf(TMessage message);

    protected override async Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var email = await templates.RenderAsync(Kind, message);
        var notification = Notification.Create(
            Kind,
            context.MessageId!.Value,
            RecipientOf(message),
            UserIdOf(message),
            email,
            Time.GetUtcNow());
        Db.Notifications.Add(notification);
    }
}
