using System.ComponentModel;

namespace Events.Service.Apis;

// Instants are given with the venue's UTC offset, so 19:00 at the venue reads 19:00.
public sealed record EventDetailResponse(
    [Description("Id of the event.")] Guid Id,
    [Description("Id of the organization that runs it.")] Guid OrganizationId,
    [Description("Draft, Published, Cancelled or Completed.")] string Status,
    [Description("Grows with every change; other services use it to apply changes in order.")] long Version,
    [Description("Title shown in the catalog.")] string Title,
    [Description("What the event is.")] string Description,
    [Description("Category to browse by.")] string Category,
    [Description("Where it takes place.")] VenueResponse Venue,
    [Description("Start of the earliest scheduled occurrence, with the venue's offset; null when none is scheduled.")] DateTimeOffset? StartsAt,
    [Description("End of the latest scheduled occurrence, with the venue's offset.")] DateTimeOffset? EndsAt,
    [Description("The schedule as the organizer gave it.")] ScheduleResponse Schedule,
    [Description("URL of the cover image, if any.")] string? CoverImageUrl,
    [Description("Minutes a booking holds its seats while awaiting payment.")] int HoldMinutes,
    [Description("Customers may cancel until this many hours before an occurrence starts.")] int CancellationDeadlineHours,
    [Description("Check-in opens this many minutes before an occurrence starts and closes at its end.")] int CheckInOpensMinutesBefore,
    [Description("Rules on how one customer may book.")] AttendanceRulesRequest Attendance,
    [Description("Lowest ticket price, in the currency's minor units.")] decimal? MinPrice,
    [Description("ISO 4217 currency code of the prices.")] string? Currency,
    [Description("Seats still for sale across the event's occurrences.")] int SeatsLeft,
    [Description("Why the organizer cancelled the event; null unless cancelled.")] string? CancellationReason,
    [Description("What can be bought.")] IReadOnlyList<TicketTypeResponse> TicketTypes,
    [Description("Every date of the event, earliest first.")] IReadOnlyList<OccurrenceResponse> Occurrences);

public sealed record VenueResponse(
    [Description("Name of the venue.")] string Name,
    [Description("Street address.")] string Address,
    [Description("City.")] string City,
    [Description("ISO 3166 two-letter country code.")] string Country,
    [Description("IANA time zone id; every time of the event is local to it.")] string TimeZone);

// What the organizer gave: local start and end of the first occurrence, and the recurrence.
public sealed record ScheduleResponse(
    [Description("Local start of the first occurrence in the venue's time zone.")] DateTime StartsAt,
    [Description("Local end of the first occurrence.")] DateTime EndsAt,
    [Description("The recurrence rule, or null for a single occurrence.")] string? Rrule,
    [Description("Local dates the series skips.")] IReadOnlyList<DateOnly> Exceptions);

public sealed record TicketTypeResponse(
    [Description("Id of the ticket type.")] Guid Id,
    [Description("Name of the ticket type.")] string Name,
    [Description("What the ticket gives.")] string Description,
    [Description("Price per ticket in the currency's minor units (60.00 EUR, 60 JPY).")] decimal Price,
    [Description("ISO 4217 currency code.")] string Currency,
    [Description("Seats of this type at each occurrence (an occurrence may have its own, see occurrences).")] int Capacity,
    [Description("When sales open; null when open from publication.")] DateTimeOffset? SalesStartAt,
    [Description("When sales close; null when no closing time of its own.")] DateTimeOffset? SalesEndAt,
    [Description("Fewest tickets of this type in one booking.")] int MinPerOrder,
    [Description("Most tickets of this type in one booking.")] int MaxPerOrder,
    [Description("Most tickets of this type per customer across bookings; null for no limit.")] int? MaxPerCustomer);

public sealed record OccurrenceResponse(
    [Description("Id of the occurrence.")] Guid Id,
    [Description("Start, with the venue's offset.")] DateTimeOffset StartsAt,
    [Description("End, with the venue's offset.")] DateTimeOffset EndsAt,
    [Description("Scheduled or Cancelled.")] string Status,
    [Description("Why this date was cancelled; null unless cancelled.")] string? CancellationReason,
    [Description("Seats still for sale at this occurrence.")] int SeatsLeft,
    [Description("Capacity and seats left per ticket type.")] IReadOnlyList<OccurrenceSeatsResponse> TicketTypes);

public sealed record OccurrenceSeatsResponse(
    [Description("Id of the ticket type.")] Guid TicketTypeId,
    [Description("Seats of this type at this occurrence.")] int Capacity,
    [Description("Seats of this type still for sale at this occurrence.")] int SeatsLeft);

public sealed record EventSummaryResponse(
    [Description("Id of the event.")] Guid Id,
    [Description("Id of the organization that runs it.")] Guid OrganizationId,
    [Description("Draft, Published, Cancelled or Completed.")] string Status,
    [Description("Title.")] string Title,
    [Description("Category.")] string Category,
    [Description("Name of the venue.")] string VenueName,
    [Description("City of the venue.")] string City,
    [Description("ISO 3166 country code of the venue.")] string Country,
    [Description("IANA time zone id of the venue.")] string TimeZone,
    [Description("Start of the earliest scheduled occurrence, with the venue's offset; null when none is scheduled.")] DateTimeOffset? StartsAt,
    [Description("End of the latest scheduled occurrence, with the venue's offset.")] DateTimeOffset? EndsAt,
    [Description("Lowest ticket price, in the currency's minor units.")] decimal? MinPrice,
    [Description("ISO 4217 currency code of the prices.")] string? Currency,
    [Description("Seats still for sale across the event's occurrences.")] int SeatsLeft,
    [Description("URL of the cover image, if any.")] string? CoverImageUrl);

public sealed record PageResponse<T>(
    [Description("This page's items.")] IReadOnlyList<T> Items,
    int TotalCount,
    int Page,
    int PageSize);
