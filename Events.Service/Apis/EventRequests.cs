namespace Events.Service.Apis;

// startsAt/endsAt are local date-times in the venue's time zone, without an offset
// (e.g. "2026-10-08T19:00:00"); responses give instants with the venue's offset.
public sealed record EventDraftRequest(
    string? Title,
    string? Description,
    string? Category,
    VenueRequest? Venue,
    DateTime? StartsAt,
    DateTime? EndsAt,
    List<TicketTypeRequest>? TicketTypes,
    string? CoverImageUrl,
    int? HoldMinutes,
    int? CancellationDeadlineHours,
    AttendanceRulesRequest? Attendance,
    RecurrenceRequest? Recurrence,
    int? CheckInOpensMinutesBefore = null);

public sealed record VenueRequest(string? Name, string? Address, string? City, string? Country, string? TimeZone);

// Id: given when editing to keep an existing ticket type; omitted for a new one.
public sealed record TicketTypeRequest(
    Guid? Id,
    string? Name,
    string? Description,
    decimal? Price,
    string? Currency,
    int? Capacity,
    DateTimeOffset? SalesStartAt,
    DateTimeOffset? SalesEndAt,
    int? MinPerOrder,
    int? MaxPerOrder,
    int? MaxPerCustomer);

public sealed record AttendanceRulesRequest(bool NoOverlappingBookings, bool OneBookingPerOccurrence);

// Rrule without the "RRULE:" prefix; exceptions are local dates skipped by the schedule.
public sealed record RecurrenceRequest(string? Rrule, List<DateOnly>? Exceptions);

public sealed record ReasonRequest(string? Reason);

// StartsAt/EndsAt local to the venue, like the event's.
public sealed record MoveOccurrenceRequest(DateTime? StartsAt, DateTime? EndsAt);

// OccurrenceId null: the ticket type's capacity at every occurrence.
public sealed record CapacityRequest(Guid? OccurrenceId, int? Capacity);
