namespace Events.Service.Domain;

// Bookings' counters of one (occurrence, ticket type), as last reported by SeatAvailabilityChanged.
public sealed class SeatCounter
{
    public Guid OccurrenceId { get; init; }
    public Guid TicketTypeId { get; init; }
    public Guid EventId { get; init; }
    public int Capacity { get; set; }
    public int Held { get; set; }
    public int Sold { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
