namespace Platform.Contracts.Events;

// The organizer cancelled the whole event: every booking on it is cancelled and refunded.
public sealed record EventCancelled(
    Guid EventId,
    Guid OrganizationId,
    long Version,
    string Title,
    string Reason,
    DateTimeOffset OccurredAt);
