namespace Platform.Contracts.Bookings;

// A confirmed ticket was handed on: the old code stops admitting and NewTicket (the recipient's, with its
// code and signed token) replaces it. Booking names the sender, who is the booking's customer.
public sealed record TicketTransferred(
    Guid TransferId,
    BookingParties Booking,
    Guid OldTicketId,
    string RecipientEmail,
    string RecipientName,
    IssuedTicket NewTicket,
    DateTimeOffset OccurredAt);
