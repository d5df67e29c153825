namespace Platform.Contracts.Bookings;

// Money went back to the customer. Reason: "cancelled" (after BookingCancelled) or
// "late-payment" (a payment that succeeded after the booking had expired).
public sealed record BookingRefunded(
    BookingParties Booking,
    decimal Amount,
    string Currency,
    string Reason,
    DateTimeOffset OccurredAt);
