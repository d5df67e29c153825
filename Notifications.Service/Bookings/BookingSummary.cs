using Platform.Contracts.Bookings;

namespace Notifications.Service.Bookings;

// What every booking email says about the booking, times already on the venue's clock.
public sealed record BookingSummary(
    string CustomerName,
    string BookingId,
    string EventTitle,
    string VenueName,
    string Location,
    string StartsAt,
    string EndsAt,
    string TimeZone)
{
    public static BookingSummary Of(BookingParties booking)
    {
        var venue = VenueTime.For(booking.TimeZone);
        return new BookingSummary(
            booking.CustomerName,
            booking.BookingId.ToString(),
            booking.EventTitle,
            booking.VenueName,
            BookingCalendar.Location(booking),
            venue.Describe(booking.StartsAt),
            venue.Describe(booking.EndsAt),
            venue.ZoneId);
    }
}
