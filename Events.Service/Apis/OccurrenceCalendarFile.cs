using System.Text;
using Events.Service.Domain;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Events.Service.Apis;

// One occurrence as an iCalendar file, in the venue's time zone (with its VTIMEZONE).
public static class OccurrenceCalendarFile
{
    public const string ContentType = "text/calendar";

    public static byte[] Write(CatalogEvent e, Domain.Occurrence occurrence, DateTimeOffset now)
    {
        var zone = e.Venue.TimeZone;
        var calendar = new Calendar { ProductId = "-//Ticketing Platform//Events//EN", Method = "PUBLISH" };
        calendar.AddTimeZone(zone);
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{occurrence.Id}@events.ticketing",
            Summary = e.Title,
            Description = e.Description,
            Location = $"{e.Venue.Name}, {e.Venue.Address}, {e.Venue.City}, {e.Venue.Country}",
            DtStart = new CalDateTime(occurrence.StartsAt.UtcDateTime, "UTC").ToTimeZone(zone),
            DtEnd = new CalDateTime(occurrence.EndsAt.UtcDateTime, "UTC").ToTimeZone(zone),
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            Status = occurrence.Status == OccurrenceStatus.Cancelled || e.Status == Domain.EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
            Sequence = (int)Math.Min(e.Version, int.MaxValue),
        });
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
