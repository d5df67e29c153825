using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.Ordering;

public sealed class BookingsOptions
{
    public const string SectionName = "Bookings";

    // Overrides every event's HoldMinutes when set (tests use a few seconds).
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan? HoldDuration { get; set; }

    // How often counters that changed are sent to Events: many holds in one interval make one message.
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan AvailabilityPublishInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    [Range(1, 10_000)]
    public int AvailabilityBatchSize { get; set; } = 500;
}
