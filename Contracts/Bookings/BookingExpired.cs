namespace Platform.Contracts.Bookings;

// No payment succeeded before the hold ran out; the seats were released.
public sealed record BookingExpired(BookingParties Booking, DateTimeOffset HoldExpiredAt, DateTimeOffset OccurredAt);
