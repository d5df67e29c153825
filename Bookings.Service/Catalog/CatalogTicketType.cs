namespace Bookings.Service.Catalog;

// Price, limits and sales window of one ticket type; seats live in InventoryCounter per occurrence.
public sealed class CatalogTicketType
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public required string Name { get; set; }
    public decimal Price { get; set; }
    public required string Currency { get; set; }
    public int Capacity { get; set; }
    public DateTimeOffset? SalesStartAt { get; set; }
    public DateTimeOffset? SalesEndAt { get; set; }
    public int MinPerOrder { get; set; }
    public int MaxPerOrder { get; set; }
    public int? MaxPerCustomer { get; set; }
}
