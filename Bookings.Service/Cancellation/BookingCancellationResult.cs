namespace Bookings.Service.Cancellation;

// Status is "Cancelled"; the refund follows and the booking turns Refunded when Payments confirms it.
public sealed record BookingCancellationResult(Guid BookingId, string Status, decimal RefundAmount, string Currency);
