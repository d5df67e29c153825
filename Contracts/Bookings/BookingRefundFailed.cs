namespace Platform.Contracts.Bookings;

// Payments gave up refunding a booking's payment (its provider kept refusing): a person has to refund it.
// Reason: "cancelled" or "late-payment", as in BookingRefunded; Failure: Payments' reason for giving up.
public sealed record BookingRefundFailed(
    BookingParties Booking,
    decimal Amount,
    string Currency,
    string Reason,
    string Failure,
    DateTimeOffset OccurredAt);
