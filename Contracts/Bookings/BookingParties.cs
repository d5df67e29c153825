namespace Platform.Contracts.Bookings;

// Who booked what: carried by every booking message so consumers need no lookup.
public sealed record BookingParties(
    Guid BookingId,
    Guid CustomerId,
    string CustomerEmail,
    string CustomerName,
    Guid OrganizationId,
    Guid EventId,
    Guid OccurrenceId,
    string EventTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string VenueName,
    string VenueAddress,
    string City);

public sealed record BookingLineInfo(Guid TicketTypeId, string TicketTypeName, int Quantity, decimal UnitPrice);
