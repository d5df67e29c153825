namespace Bookings.Service.Apis;

// Nullable members so a missing value is a 400 naming the field rather than a default silently used.
public sealed record PlaceBookingRequest(Guid? OccurrenceId, IReadOnlyList<PlaceBookingLine>? Lines, string? CouponCode = null);

public sealed record PlaceBookingLine(Guid? TicketTypeId, int? Quantity);

public sealed record BookingDto(
    Guid Id,
    string Status,
    string? StatusReason,
    Guid EventId,
    Guid OccurrenceId,
    string EventTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string VenueName,
    string VenueAddress,
    string City,
    IReadOnlyList<BookingLineDto> Lines,
    decimal Subtotal,
    decimal Discount,
    decimal Total,
    string Currency,
    string? CouponCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset HoldExpiresAt,
    DateTimeOffset? CancellationDeadline,
    BookingPaymentDto Payment);

public sealed record BookingLineDto(Guid TicketTypeId, string TicketTypeName, int Quantity, decimal UnitPrice, decimal Amount);

// Where the customer pays: Payments' confirm endpoint for this booking's payment. A booking whose total
// is 0 has nothing to pay (Payments settles it as free and refuses confirm), so it offers no URL but a note.
public sealed record BookingPaymentDto(Guid PaymentId, string? ConfirmUrl, bool Free = false, string? Note = null)
{
    public const string NothingToPayNote = "Nothing is to be paid: the booking's total is 0, so it is settled without a card.";
}

public sealed record BookingPage(IReadOnlyList<BookingDto> Items, int Page, int PageSize, int TotalCount);

public sealed record CapacityChangeRequest(Guid? OccurrenceId, int? Capacity);
