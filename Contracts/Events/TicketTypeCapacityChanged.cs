namespace Platform.Contracts.Events;

// Capacity of a ticket type changed, for one occurrence or (OccurrenceId null) for all of them.
public sealed record TicketTypeCapacityChanged(
    Guid EventId,
    Guid OrganizationId,
    Guid TicketTypeId,
    Guid? OccurrenceId,
    int Capacity,
    long Version,
    DateTimeOffset OccurredAt);
