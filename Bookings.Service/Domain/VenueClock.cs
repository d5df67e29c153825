using System.Globalization;

namespace Bookings.Service.Domain;

// Event times as the venue's clock reads them: answers carry the venue's offset (as Events' do), and what a
// person reads names the zone, never the server's UTC.
public static class VenueClock
{
    public static DateTimeOffset InVenueZone(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(instant, zone) : instant;

    // "Thursday 6 May 2027, 19:30 (Europe/Berlin)"
    public static string Describe(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _)
            ? $"{InVenueZone(instant, timeZone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({timeZone})"
            : $"{instant.UtcDateTime.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} (UTC)";
}
