namespace Platform.Contracts.Bookings;

// Paid: the seats are sold and one ticket per admission is issued. Subtotal, Discount and CouponCode
// trail with defaults so a message published before they existed still deserializes (Subtotal null then).
public sealed record BookingConfirmed(
    BookingParties Booking,
    IReadOnlyList<IssuedTicket> Tickets,
    decimal Total,
    string Currency,
    DateTimeOffset OccurredAt,
    decimal? Subtotal = null,
    decimal Discount = 0m,
    string? CouponCode = null);

// SignedToken is what the ticket's QR code holds; scanners verify it offline with the public key
// Bookings publishes.
public sealed record IssuedTicket(Guid TicketId, Guid TicketTypeId, string TicketTypeName, string Code, string SignedToken);
