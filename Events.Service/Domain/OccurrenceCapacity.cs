namespace Events.Service.Domain;

// The capacity of one ticket type at one occurrence, when it differs from the ticket type's.
public sealed class OccurrenceCapacity
{
    public Guid TicketTypeId { get; init; }
    public Guid OccurrenceId { get; init; }
    public int Capacity { get; set; }
}
