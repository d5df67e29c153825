namespace Platform.Contracts.Events;

// Everything Bookings and Notifications need to know about one event, as of Version.
// Version grows with every change to the event (occurrences and ticket types included), so a
// consumer keeps the highest version it has seen and ignores older messages.
public sealed record EventSnapshot(
    Guid EventId,
    Guid OrganizationId,
    long Version,
    string Status,
    string Title,
    string Category,
    string VenueName,
    string VenueAddress,
    string City,
    string Country,
    string TimeZone,
    int HoldMinutes,
    int CancellationDeadlineHours,
    AttendanceRules Attendance,
    IReadOnlyList<OccurrenceSnapshot> Occurrences,
    IReadOnlyList<TicketTypeSnapshot> TicketTypes,
    // Added later: a message without it means the platform's default (6 hours).
    int? CheckInOpensMinutesBefore = null);

// Status: "Scheduled", "Cancelled". Times are UTC instants; the venue's time zone is on the event.
public sealed record OccurrenceSnapshot(
    Guid OccurrenceId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Status);

// Capacity applies to each occurrence separately; Capacities overrides it per occurrence.
public sealed record TicketTypeSnapshot(
    Guid TicketTypeId,
    string Name,
    decimal Price,
    string Currency,
    int Capacity,
    IReadOnlyDictionary<Guid, int> CapacityByOccurrence,
    DateTimeOffset? SalesStartAt,
    DateTimeOffset? SalesEndAt,
    int MinPerOrder,
    int MaxPerOrder,
    int? MaxPerCustomer);

// For workshop- or session-style events (issue "commerce"); both false for ordinary events.
public sealed record AttendanceRules(bool NoOverlappingBookings, bool OneBookingPerOccurrence);
