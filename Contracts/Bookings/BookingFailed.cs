namespace Platform.Contracts.Bookings;

// The payment was declined or could not be taken; the seats were released.
// Reason: "card_declined", "insufficient_funds", "provider_unavailable", ...
public sealed record BookingFailed(BookingParties Booking, string Reason, string Message, DateTimeOffset OccurredAt);
