using System.Globalization;

namespace Notifications.Service.Bookings;

// Event times as the customer reads them on the venue's clock, never the server's.
public sealed class VenueTime
{
    readonly TimeZoneInfo zone;

    VenueTime(TimeZoneInfo zone, string zoneId)
    {
        this.zone = zone;
        ZoneId = zoneId;
    }

    // The zone as the calendar and the email name it; UTC when the event's zone is unknown here.
    public string ZoneId { get; }

    public static VenueTime For(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? new VenueTime(zone, timeZone)
            : new VenueTime(TimeZoneInfo.Utc, "UTC");

    public DateTime Local(DateTimeOffset instant) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    // "Saturday 12 June 2027, 19:30"
    public string Describe(DateTimeOffset instant) =>
        Local(instant).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    // "Saturday 12 June 2027, 19:30 (Europe/Berlin)", for a time read on its own, away from the event's.
    public string DescribeWithZone(DateTimeOffset instant) => $"{Describe(instant)} ({ZoneId})";
}
