namespace Platform.Contracts.Bookings;

// Paid: the seats are sold and one ticket per admission is issued.
public sealed record BookingConfirmed(
    BookingParties Booking,
    IReadOnlyList<IssuedTicket> Tickets,
    decimal Total,
    string Currency,
    DateTimeOffset OccurredAt);

// SignedToken is what the ticket's QR code holds; scanners verify it offline with the public key
// Bookings publishes.
public sealed record IssuedTicket(Guid TicketId, Guid TicketTypeId, string TicketTypeName, string Code, string SignedToken);
