using Notifications.Service.Bookings;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Notifications.Service.Templates;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Consumers;

public sealed class WaitingListOfferMadeConsumer(NotificationsDbContext db, TimeProvider time, EmailTemplates templates)
    : WaitingListMailConsumer<WaitingListOfferMade>(db, time, templates)
{
    protected override NotificationKind Kind => NotificationKind.WaitingListOfferMade;

    protected override WaitingListParties EntryOf(WaitingListOfferMade message) => message.Entry;

    protected override object ModelOf(WaitingListOfferMade message) =>
        WaitingListOfferEmail.Of(message.Entry, message.Quantity, message.OfferExpiresAt, message.ClaimUrl);
}
