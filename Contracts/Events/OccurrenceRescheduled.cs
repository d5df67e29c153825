namespace Platform.Contracts.Events;

// One occurrence moved to another time; its bookings and tickets stay valid.
public sealed record OccurrenceRescheduled(
    Guid EventId,
    Guid OrganizationId,
    Guid OccurrenceId,
    long Version,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset OccurredAt);
