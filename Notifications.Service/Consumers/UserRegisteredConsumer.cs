using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Accounts;

namespace Notifications.Service.Consumers;

public sealed class UserRegisteredConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : MailingConsumer<UserRegistered>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.EmailVerification;

    protected override EmailRecipient RecipientOf(UserRegistered message) => new(message.Email, message.DisplayName);

    protected override Guid? UserIdOf(UserRegistered message) => message.UserId;
}
