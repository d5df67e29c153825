namespace Platform.Contracts.Bookings;

// A confirmed booking was cancelled, by its customer or because the organizer cancelled the
// event or occurrence. CancelledBy: "customer" or "organizer". The refund follows (BookingRefunded).
public sealed record BookingCancelled(
    BookingParties Booking,
    string CancelledBy,
    string Reason,
    decimal RefundAmount,
    string Currency,
    DateTimeOffset OccurredAt);
