using System.ComponentModel.DataAnnotations;

namespace Events.Service.Scheduling;

public sealed class RecurrenceOptions
{
    public const string SectionName = "Events:Recurrence";

    // Recurring events have occurrences materialised this far ahead...
    [Range(typeof(TimeSpan), "1.00:00:00", "1000.00:00:00")]
    public TimeSpan Horizon { get; set; } = TimeSpan.FromDays(365);

    // ...and at most this many upcoming ones.
    [Range(1, 5_000)]
    public int MaxOccurrences { get; set; } = 500;

    // How often the horizon job looks for recurring events to extend.
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ExtendEvery { get; set; } = TimeSpan.FromHours(1);
}
