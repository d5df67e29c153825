using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Events.Service.Apis;

// startsAt/endsAt are local date-times in the venue's time zone, without an offset
// (e.g. "2026-10-08T19:00:00"); responses give instants with the venue's offset.
public sealed record EventDraftRequest(
    [Required, Description("Title shown in the catalog (up to 200 characters).")] string? Title,
    [Description("What the event is, shown on its page (up to 10,000 characters).")] string? Description,
    [Required, Description("Category to browse by, e.g. music or theatre (up to 50 characters).")] string? Category,
    [Required, Description("Where the event takes place; its time zone gives startsAt and endsAt their meaning.")] VenueRequest? Venue,
    [Required, Description("Start of the (first) occurrence: a local date-time in the venue's time zone without an offset, e.g. 2026-10-08T19:00:00.")] DateTime? StartsAt,
    [Required, Description("End of the (first) occurrence, local like startsAt; at most 31 days after it.")] DateTime? EndsAt,
    [Required, Description("What can be bought: 1 to 20 ticket types, all in one currency.")] List<TicketTypeRequest>? TicketTypes,
    [Description("Absolute http(s) URL of a cover image.")] string? CoverImageUrl,
    [Description("Minutes a booking holds its seats while awaiting payment, 1 to 60; 10 by default.")] int? HoldMinutes,
    [Description("Customers may cancel (and are refunded) until this many hours before an occurrence starts, 0 to 8760; 24 by default.")] int? CancellationDeadlineHours,
    [Description("Rules on how one customer may book; none by default.")] AttendanceRulesRequest? Attendance,
    [Description("Makes the event a series; left out for a single occurrence.")] RecurrenceRequest? Recurrence,
    [Description("Check-in at the door opens this many minutes before an occurrence starts (0 to 10080) and closes at its end; 360 (6 hours) by default.")] int? CheckInOpensMinutesBefore = null);

public sealed record VenueRequest(
    [Required, Description("Name of the venue (up to 200 characters).")] string? Name,
    [Required, Description("Street address (up to 300 characters).")] string? Address,
    [Required, Description("City (up to 100 characters); the catalog can be browsed by it.")] string? City,
    [Required, Description("ISO 3166 two-letter country code, e.g. DE.")] string? Country,
    [Required, Description("IANA time zone id of the venue, e.g. Europe/Berlin.")] string? TimeZone);

// Id: given when editing to keep an existing ticket type; omitted for a new one.
public sealed record TicketTypeRequest(
    [Description("When editing: the id of the ticket type to keep; left out for a new one.")] Guid? Id,
    [Required, Description("Name of the ticket type, e.g. Standing (up to 100 characters).")] string? Name,
    [Description("What the ticket gives (up to 1,000 characters).")] string? Description,
    [Required, Description("Price per ticket, 0 to 1,000,000, with at most the currency's minor units (2 decimals for EUR, none for JPY).")] decimal? Price,
    [Required, Description("ISO 4217 currency code in capitals, e.g. EUR; the same for every ticket type of the event.")] string? Currency,
    [Required, Description("Seats of this type at each occurrence, 1 to 1,000,000.")] int? Capacity,
    [Description("Sales open at this instant; open at once when left out.")] DateTimeOffset? SalesStartAt,
    [Description("Sales close at this instant; no closing time of its own when left out.")] DateTimeOffset? SalesEndAt,
    [Description("Fewest tickets of this type in one booking, 1 to 100; 1 by default.")] int? MinPerOrder,
    [Description("Most tickets of this type in one booking, 1 to 100; 10 by default.")] int? MaxPerOrder,
    [Description("Most tickets of this type one customer may hold across bookings; no limit when left out.")] int? MaxPerCustomer);

public sealed record AttendanceRulesRequest(
    [Description("A customer cannot book two of this organization's shows that overlap in time.")] bool NoOverlappingBookings,
    [Description("A customer can hold only one booking per occurrence.")] bool OneBookingPerOccurrence);

// Rrule without the "RRULE:" prefix; exceptions are local dates skipped by the schedule.
public sealed record RecurrenceRequest(
    [Required, Description("RFC 5545 recurrence rule without the RRULE: prefix, e.g. FREQ=WEEKLY;COUNT=6. DAILY or slower, or HOURLY with an interval that lets each show end before the next; at most Events:Recurrence:MaxOccurrences occurrences.")] string? Rrule,
    [Description("Local dates of the venue on which the series has no show (up to 500).")] List<DateOnly>? Exceptions);

public sealed record ReasonRequest(
    [Required, Description("Why, in words the ticket holders read in their mail (up to 1,000 characters).")] string? Reason);

// StartsAt/EndsAt local to the venue, like the event's.
public sealed record MoveOccurrenceRequest(
    [Required, Description("New local start in the venue's time zone, without an offset.")] DateTime? StartsAt,
    [Required, Description("New local end in the venue's time zone, without an offset.")] DateTime? EndsAt);

// OccurrenceId null: the ticket type's capacity at every occurrence.
public sealed record CapacityRequest(
    [Description("The one occurrence to change; left out to change every occurrence.")] Guid? OccurrenceId,
    [Required, Description("New number of seats, 1 to 1,000,000; not below the seats already held and sold.")] int? Capacity);
