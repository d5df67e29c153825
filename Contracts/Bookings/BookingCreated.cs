namespace Platform.Contracts.Bookings;

// Seats are held; the booking saga starts and asks Payments for PaymentId.
public sealed record BookingCreated(
    BookingParties Booking,
    Guid PaymentId,
    IReadOnlyList<BookingLineInfo> Lines,
    decimal Subtotal,
    decimal Discount,
    decimal Total,
    string Currency,
    DateTimeOffset HoldExpiresAt,
    DateTimeOffset OccurredAt);
