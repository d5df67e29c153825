namespace Bookings.Service.Catalog;

public sealed class CatalogOccurrence
{
    public const string Scheduled = "Scheduled";
    public const string Cancelled = "Cancelled";

    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string Status { get; set; }
}
