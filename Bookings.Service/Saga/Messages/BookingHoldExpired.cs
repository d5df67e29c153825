namespace Bookings.Service.Saga.Messages;

// Internal to Bookings, raised in-process by the hold-expiry worker for a hold past its expiry and grace.
public sealed record BookingHoldExpired(Guid BookingId, DateTimeOffset OccurredAt);
