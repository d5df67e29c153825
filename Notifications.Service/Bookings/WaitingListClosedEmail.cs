using Platform.Contracts.Bookings;

namespace Notifications.Service.Bookings;

// The template model of the waiting-list-closed email; What names what was cancelled.
public sealed record WaitingListClosedEmail(
    string CustomerName,
    string EntryId,
    string EventTitle,
    string TicketTypeName,
    string StartsAt,
    string TimeZone,
    int Quantity,
    string What,
    bool HadOffer)
{
    public static WaitingListClosedEmail Of(WaitingListClosed message)
    {
        var entry = message.Entry;
        var venue = VenueTime.For(entry.TimeZone);
        return new WaitingListClosedEmail(
            entry.CustomerName,
            entry.EntryId.ToString(),
            entry.EventTitle,
            entry.TicketTypeName,
            venue.Describe(entry.StartsAt),
            venue.ZoneId,
            message.Quantity,
            message.Reason == "occurrence_cancelled" ? "this date of the event was cancelled" : "the event was cancelled",
            message.HadOffer);
    }
}
