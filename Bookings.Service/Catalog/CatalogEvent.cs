namespace Bookings.Service.Catalog;

// Bookings' copy of an event, built from Events' messages; Version is the newest message applied.
public sealed class CatalogEvent
{
    public const string Published = "Published";
    public const string Draft = "Draft";
    public const string Cancelled = "Cancelled";

    public Guid Id { get; init; }
    public Guid OrganizationId { get; set; }
    public long Version { get; set; }
    public required string Status { get; set; }
    public required string Title { get; set; }
    public required string VenueName { get; set; }
    public required string VenueAddress { get; set; }
    public required string City { get; set; }
    public required string TimeZone { get; set; }
    public int HoldMinutes { get; set; }
    public int CancellationDeadlineHours { get; set; }

    // Null: the platform's default door hours (CheckIn.DoorWindow).
    public int? CheckInOpensMinutesBefore { get; set; }
    public bool NoOverlappingBookings { get; set; }
    public bool OneBookingPerOccurrence { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<CatalogOccurrence> Occurrences { get; init; } = [];
    public List<CatalogTicketType> TicketTypes { get; init; } = [];
}
