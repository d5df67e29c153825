using MassTransit;
using Microsoft.EntityFrameworkCore;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.ServiceDefaults.Messaging;

namespace Notifications.Service.Consumers;

// Turns one message into one Pending notification, rendered now (attachments included) and sent by the
// dispatcher; the inbox skips redeliveries and the (kind, message id) key refuses a second row regardless.
public abstract class MailingConsumer<TMessage>(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : InboxConsumer<TMessage, NotificationsDbContext>(db, time)
    where TMessage : class
{
    protected abstract NotificationKind Kind { get; }

    protected abstract EmailRecipient RecipientOf(TMessage message);

    protected abstract Guid? UserIdOf(TMessage message);

    // What the templates see; the message itself unless a kind formats it first.
    protected virtual object ModelOf(TMessage message) => message;

    protected virtual IReadOnlyList<EmailAttachment> AttachmentsOf(TMessage message) => [];

    // Set for mail about one thing (a booking) that must go out once even if it is announced twice.
    protected virtual Guid? SubjectIdOf(TMessage message) => null;

    protected override async Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var subjectId = SubjectIdOf(message);
        if (subjectId is not null
            && await Db.Notifications.AnyAsync(n => n.Kind == Kind && n.SubjectId == subjectId, cancellationToken))
            return;

        var email = await templates.RenderAsync(Kind, ModelOf(message));
        var notification = Notification.Create(
            Kind,
            context.MessageId!.Value,
            RecipientOf(message),
            UserIdOf(message),
            email,
            Time.GetUtcNow(),
            AttachmentsOf(message),
            subjectId);
        Db.Notifications.Add(notification);
    }
}
