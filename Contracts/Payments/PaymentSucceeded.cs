namespace Platform.Contracts.Payments;

public sealed record PaymentSucceeded(
    Guid PaymentId,
    Guid BookingId,
    decimal Amount,
    string Currency,
    string Provider,
    DateTimeOffset OccurredAt);
