namespace Platform.Gateway.GraphQL.Model;

// Mutation and filter inputs. Required in GraphQL where REST always needs them; the services still check
// every value and name the field at fault, so these carry no rules of their own.
public sealed record PlaceBookingInput(Guid OccurrenceId, IReadOnlyList<BookingLineInput> Lines, string? CouponCode);

public sealed record BookingLineInput(Guid TicketTypeId, int Quantity);

public sealed record JoinWaitingListInput(Guid OccurrenceId, Guid TicketTypeId, int Quantity);

public sealed record TransferTicketInput(Guid BookingId, Guid TicketId, string RecipientEmail, string? RecipientName);

public sealed record EventFilter(
    string? Text,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? City,
    string? Country,
    string? Category,
    Guid? OrganizationId,
    decimal? MinPrice,
    decimal? MaxPrice,
    bool? AvailableOnly);

public enum EventOrderField
{
    Date,
    Title,
    Price,
    Availability,
}

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed record EventOrder(EventOrderField Field, SortDirection? Direction);

// StartsAt/EndsAt: local date-times at the venue without an offset, e.g. "2027-03-14T19:30:00", as in REST.
public sealed record EventDraftInput(
    string Title,
    string? Description,
    string Category,
    VenueInput Venue,
    string StartsAt,
    string EndsAt,
    IReadOnlyList<TicketTypeInput> TicketTypes,
    string? CoverImageUrl,
    int? HoldMinutes,
    int? CancellationDeadlineHours,
    AttendanceRulesInput? Attendance,
    RecurrenceInput? Recurrence);

public sealed record VenueInput(string Name, string Address, string City, string Country, string TimeZone);

public sealed record TicketTypeInput(
    string Name,
    string? Description,
    decimal Price,
    string Currency,
    int Capacity,
    DateTimeOffset? SalesStartAt,
    DateTimeOffset? SalesEndAt,
    int? MinPerOrder,
    int? MaxPerOrder,
    int? MaxPerCustomer);

public sealed record AttendanceRulesInput(bool NoOverlappingBookings, bool OneBookingPerOccurrence);

public sealed record RecurrenceInput(string Rrule, IReadOnlyList<string>? Exceptions);
