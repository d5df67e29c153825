using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Accounts;

namespace Notifications.Service.Consumers;

public sealed class PasswordResetRequestedConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : MailingConsumer<PasswordResetRequested>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.PasswordReset;

    protected override EmailRecipient RecipientOf(PasswordResetRequested message) => new(message.Email, message.DisplayName);

    protected override Guid? UserIdOf(PasswordResetRequested message) => message.UserId;
}
