namespace Platform.Contracts.Events;

// One occurrence was cancelled on its own: every booking on it is cancelled and refunded.
public sealed record OccurrenceCancelled(
    Guid EventId,
    Guid OrganizationId,
    Guid OccurrenceId,
    long Version,
    string Title,
    DateTimeOffset StartsAt,
    string Reason,
    DateTimeOffset OccurredAt);
