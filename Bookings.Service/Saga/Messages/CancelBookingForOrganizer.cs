namespace Bookings.Service.Saga.Messages;

// Internal to Bookings: one per booking of a cancelled event or occurrence, so each booking's
// transition runs in its own transaction however large the event is.
public sealed record CancelBookingForOrganizer(Guid BookingId, string Reason, DateTimeOffset OccurredAt);
