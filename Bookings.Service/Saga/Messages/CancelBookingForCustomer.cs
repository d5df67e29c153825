namespace Bookings.Service.Saga.Messages;

// Internal to Bookings, raised in-process by the customer's cancellation request once its checks passed.
public sealed record CancelBookingForCustomer(Guid BookingId, string Reason, DateTimeOffset OccurredAt);
