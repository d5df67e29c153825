using Platform.Contracts.Bookings;

namespace Notifications.Service.Bookings;

// The template model of both waiting-list emails: strings already formatted, times on the venue's clock.
public sealed record WaitingListOfferEmail(
    string CustomerName,
    string EntryId,
    string EventTitle,
    string TicketTypeName,
    string StartsAt,
    string TimeZone,
    int Quantity,
    string ExpiresAt,
    string ClaimUrl)
{
    public static WaitingListOfferEmail Of(WaitingListParties entry, int quantity, DateTimeOffset expiresAt, string claimUrl)
    {
        var venue = VenueTime.For(entry.TimeZone);
        return new WaitingListOfferEmail(
            entry.CustomerName,
            entry.EntryId.ToString(),
            entry.EventTitle,
            entry.TicketTypeName,
            venue.Describe(entry.StartsAt),
            venue.ZoneId,
            quantity,
            venue.DescribeWithZone(expiresAt),
            claimUrl);
    }
}
