using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

public sealed class WaitingListClosedConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : WaitingListMailConsumer<WaitingListClosed>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.WaitingListClosed;

    protected override WaitingListParties EntryOf(WaitingListClosed message) => message.Entry;

    protected override object ModelOf(WaitingListClosed message) => WaitingListClosedEmail.Of(message);
}
