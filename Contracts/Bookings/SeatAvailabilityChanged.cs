namespace Platform.Contracts.Bookings;

// Counters of one (occurrence, ticket type) after holds, releases and sales. Version grows with
// every change of the row, so a consumer ignores a message older than what it has.
public sealed record SeatAvailabilityChanged(
    Guid EventId,
    Guid OccurrenceId,
    Guid TicketTypeId,
    int Capacity,
    int Held,
    int Sold,
    long Version,
    DateTimeOffset OccurredAt);
