using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Platform.Contracts.Bookings;

namespace Notifications.Service.Bookings;

// The .ics sent with the tickets: one VEVENT for the booked occurrence on the venue's clock. Its UID
// derives from the booking, so a calendar that imports it twice keeps one entry, and the cancellation's
// .ics (same UID, a higher SEQUENCE) removes that entry.
public static class BookingCalendar
{
    public const string FileName = "event.ics";
    public const string CancellationFileName = "cancelled-event.ics";
    public const string ContentType = "text/calendar; method=PUBLISH; charset=utf-8";
    public const string CancellationContentType = "text/calendar; method=CANCEL; charset=utf-8";

    public static string UidOf(Guid bookingId, string domain) => $"booking-{bookingId:N}@{domain}";

    public static byte[] Render(BookingParties booking, string domain, DateTimeOffset stamp) =>
        Serialize(booking, domain, stamp, "PUBLISH", status: "CONFIRMED", sequence: 0);

    public static byte[] RenderCancellation(BookingParties booking, string domain, DateTimeOffset stamp) =>
        Serialize(booking, domain, stamp, "CANCEL", status: "CANCELLED", sequence: 1);

    public static string Location(BookingParties booking) =>
        string.Join(", ", new[] { booking.VenueName, booking.VenueAddress, booking.City }.Where(part => !string.IsNullOrWhiteSpace(part)));

    static byte[] Serialize(BookingParties booking, string domain, DateTimeOffset stamp, string method, string status, int sequence)
    {
        var venue = VenueTime.For(booking.TimeZone);
        var calendar = new Calendar { Method = method, ProductId = "-//Ticketing//Bookings//EN" };
        // With its transitions, so calendars that do not know the zone by name still place the event right.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(venue.ZoneId, venue.Local(booking.StartsAt).AddYears(-1), includeHistoricalData: false));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = UidOf(booking.BookingId, domain),
            Sequence = sequence,
            Status = status,
            Summary = booking.EventTitle,
            Location = Location(booking),
            Description = $"Booking {booking.BookingId}.",
            Start = new CalDateTime(venue.Local(booking.StartsAt), venue.ZoneId),
            End = new CalDateTime(venue.Local(booking.EndsAt), venue.ZoneId),
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
        });
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
