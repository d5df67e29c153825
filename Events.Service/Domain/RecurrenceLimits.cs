using Ical.Net;
using Ical.Net.DataTypes;

namespace Events.Service.Domain;

// What a recurring schedule may ask for: whole shows one after another, never overlapping ones, and never
// more than the platform materialises. A FREQ=SECONDLY rule would otherwise make hundreds of shows a second apart.
public static class RecurrenceLimits
{
    // Null when the well-formed `rule` describes a schedule a venue can run; otherwise why not.
    public static string? ProblemWith(string rule, DateTime startsAtLocal, DateTime endsAtLocal, string timeZone, int maxOccurrences)
    {
        var pattern = new RecurrencePattern(rule.Trim());
        var duration = endsAtLocal - startsAtLocal;
        if (pattern.Frequency is FrequencyType.Secondly or FrequencyType.Minutely)
            return $"FREQ={pattern.Frequency.ToString().ToUpperInvariant()} is not accepted: occurrences repeat at most hourly, and each must end before the next begins.";
        if (pattern.Frequency == FrequencyType.Hourly && TimeSpan.FromHours(pattern.Interval) < duration)
            return $"FREQ=HOURLY;INTERVAL={pattern.Interval} starts a show every {pattern.Interval} h, but each lasts {Describe(duration)}: "
                + $"use INTERVAL={(int)Math.Ceiling(duration.TotalHours)} or more so one ends before the next begins.";
        if (pattern.Count is { } count && count > maxOccurrences)
            return $"COUNT={count} is more than the {maxOccurrences} occurrences an event may have (Events:Recurrence:MaxOccurrences).";

        var instances = new OccurrenceSchedule(startsAtLocal, endsAtLocal, timeZone, rule, [])
            .Expand(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, maxOccurrences);
        for (var i = 1; i < instances.Count; i++)
            if (instances[i].StartsAt < instances[i - 1].EndsAt)
                return $"The occurrence starting {instances[i].StartsAt:u} begins before the one before it ends ({instances[i - 1].EndsAt:u}): "
                    + "each occurrence must end before the next begins.";
        return null;
    }

    static string Describe(TimeSpan duration) =>
        duration.TotalHours >= 1 && duration.Minutes == 0 ? $"{(int)duration.TotalHours} h" : $"{(int)duration.TotalMinutes} min";
}
