using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Accounts;

namespace Notifications.Service.Consumers;

// The invitee may have no account yet: the notification is matched to them by email.
public sealed class OrganizationInvitationCreatedConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : MailingConsumer<OrganizationInvitationCreated>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.OrganizationInvitation;

    protected override EmailRecipient RecipientOf(OrganizationInvitationCreated message) => new(message.Email, null);

    protected override Guid? UserIdOf(OrganizationInvitationCreated message) => null;
}
