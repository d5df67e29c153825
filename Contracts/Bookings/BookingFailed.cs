namespace Platform.Contracts.Bookings;

// The payment was declined; the seats were released.
// Reason: "card_declined", "insufficient_funds", ... (PaymentFailed's reason).
public sealed record BookingFailed(BookingParties Booking, string Reason, string Message, DateTimeOffset OccurredAt);
