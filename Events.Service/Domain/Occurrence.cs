namespace Events.Service.Domain;

// One date of an event. OriginalStartsAt is the instant the schedule generated, so re-expanding the
// schedule recognises an occurrence even after it was moved.
public sealed class Occurrence
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public DateTimeOffset OriginalStartsAt { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public OccurrenceStatus Status { get; set; }
    public bool Moved { get; set; }
    public string? CancellationReason { get; set; }
}
