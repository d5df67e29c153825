namespace Events.Service.Domain;

// A kind of admission. Capacity applies to each occurrence; OccurrenceCapacities override it for one.
public sealed class TicketType
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public decimal Price { get; set; }
    public required string Currency { get; set; }
    public int Capacity { get; set; }
    public DateTimeOffset? SalesStartAt { get; set; }
    public DateTimeOffset? SalesEndAt { get; set; }
    public int MinPerOrder { get; set; }
    public int MaxPerOrder { get; set; }
    public int? MaxPerCustomer { get; set; }
    public List<OccurrenceCapacity> OccurrenceCapacities { get; init; } = [];

    public int CapacityAt(Guid occurrenceId) =>
        OccurrenceCapacities.FirstOrDefault(c => c.OccurrenceId == occurrenceId)?.Capacity ?? Capacity;
}
