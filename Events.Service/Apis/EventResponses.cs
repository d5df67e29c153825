namespace Events.Service.Apis;

// Instants are given with the venue's UTC offset, so 19:00 at the venue reads 19:00.
public sealed record EventDetailResponse(
    Guid Id,
    Guid OrganizationId,
    string Status,
    long Version,
    string Title,
    string Description,
    string Category,
    VenueResponse Venue,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    ScheduleResponse Schedule,
    string? CoverImageUrl,
    int HoldMinutes,
    int CancellationDeadlineHours,
    int CheckInOpensMinutesBefore,
    AttendanceRulesRequest Attendance,
    decimal? MinPrice,
    string? Currency,
    int SeatsLeft,
    string? CancellationReason,
    IReadOnlyList<TicketTypeResponse> TicketTypes,
    IReadOnlyList<OccurrenceResponse> Occurrences);

public sealed record VenueResponse(string Name, string Address, string City, string Country, string TimeZone);

// What the organizer gave: local start and end of the first occurrence, and the recurrence.
public sealed record ScheduleResponse(DateTime StartsAt, DateTime EndsAt, string? Rrule, IReadOnlyList<DateOnly> Exceptions);

public sealed record TicketTypeResponse(
    Guid Id,
    string Name,
    string Description,
    decimal Price,
    string Currency,
    int Capacity,
    DateTimeOffset? SalesStartAt,
    DateTimeOffset? SalesEndAt,
    int MinPerOrder,
    int MaxPerOrder,
    int? MaxPerCustomer);

public sealed record OccurrenceResponse(
    Guid Id,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Status,
    string? CancellationReason,
    int SeatsLeft,
    IReadOnlyList<OccurrenceSeatsResponse> TicketTypes);

public sealed record OccurrenceSeatsResponse(Guid TicketTypeId, int Capacity, int SeatsLeft);

public sealed record EventSummaryResponse(
    Guid Id,
    Guid OrganizationId,
    string Status,
    string Title,
    string Category,
    string VenueName,
    string City,
    string Country,
    string TimeZone,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    decimal? MinPrice,
    string? Currency,
    int SeatsLeft,
    string? CoverImageUrl);

public sealed record PageResponse<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);
