using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;

namespace Events.Service.Domain;

// Turns an event's start, end and optional RRULE into dated instances. Expansion happens in the
// venue's time zone, so a weekly 19:00 event stays at 19:00 local time across daylight-saving changes.
public sealed record OccurrenceSchedule(
    DateTime StartsAtLocal,
    DateTime EndsAtLocal,
    string TimeZone,
    string? RecurrenceRule,
    IReadOnlyCollection<DateOnly> Exceptions)
{
    public static bool IsKnownTimeZone(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null;

    // Null when the rule is well formed; otherwise why not.
    public static string? ProblemWithRule(string? rule)
    {
        if (string.IsNullOrWhiteSpace(rule))
            return "The rule is empty.";
        if (!rule.Contains("FREQ=", StringComparison.OrdinalIgnoreCase))
            return "The rule needs FREQ (for example FREQ=WEEKLY;BYDAY=TH;COUNT=10), without the RRULE: prefix.";
        try
        {
            _ = new RecurrencePattern(rule.Trim());
            return null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return $"The rule is not a valid iCalendar RRULE: {e.Message}";
        }
    }

    public static DateTimeOffset ToInstant(DateTime local, string timeZone) =>
        new(DateTime.SpecifyKind(new CalDateTime(local, timeZone).AsUtc, DateTimeKind.Utc));

    // One instance for a single event; for a recurring one every instance that ends after `notBefore`
    // and starts before `until`, skipping exception dates, at most `maxCount`.
    public IReadOnlyList<ScheduledInstance> Expand(DateTimeOffset notBefore, DateTimeOffset until, int maxCount)
    {
        var duration = EndsAtLocal - StartsAtLocal;
        if (RecurrenceRule is null)
            return [new(ToInstant(StartsAtLocal, TimeZone), ToInstant(EndsAtLocal, TimeZone))];

        var series = new CalendarEvent
        {
            DtStart = new CalDateTime(StartsAtLocal, TimeZone),
            DtEnd = new CalDateTime(EndsAtLocal, TimeZone),
            RecurrenceRule = new RecurrencePattern(RecurrenceRule.Trim()),
        };
        var skipped = Exceptions.ToHashSet();
        var instances = new List<ScheduledInstance>();
        foreach (var occurrence in series.GetOccurrences())
        {
            var start = occurrence.Period.StartTime;
            var startsAt = new DateTimeOffset(DateTime.SpecifyKind(start.AsUtc, DateTimeKind.Utc));
            if (startsAt >= until || instances.Count >= maxCount)
                break;
            if (skipped.Contains(start.Date))
                continue;
            // The end keeps the local duration, so it also stays put in local time across a DST change.
            var endsAt = ToInstant(start.Value + duration, TimeZone);
            if (endsAt <= notBefore)
                continue;
            instances.Add(new(startsAt, endsAt));
        }
        return instances;
    }
}
