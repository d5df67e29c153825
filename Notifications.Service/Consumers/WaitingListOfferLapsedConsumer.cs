using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

public sealed class WaitingListOfferLapsedConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : WaitingListMailConsumer<WaitingListOfferLapsed>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.WaitingListOfferLapsed;

    protected override WaitingListParties EntryOf(WaitingListOfferLapsed message) => message.Entry;

    protected override object ModelOf(WaitingListOfferLapsed message) =>
        WaitingListOfferEmail.Of(message.Entry, message.Quantity, message.OfferExpiredAt, "");
}
