namespace Platform.Contracts.Payments;

// Bookings asks Payments to prepare a payment the customer then confirms. BookingId is the
// idempotency key: a redelivered request never creates a second payment.
public sealed record RequestPayment(
    Guid PaymentId,
    Guid BookingId,
    Guid CustomerId,
    decimal Amount,
    string Currency,
    string Description,
    DateTimeOffset ExpiresAt,
    DateTimeOffset OccurredAt);
