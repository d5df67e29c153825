namespace Platform.Contracts.Payments;

public sealed record PaymentRefunded(
    Guid PaymentId,
    Guid BookingId,
    Guid RefundId,
    decimal Amount,
    string Currency,
    string Reason,
    DateTimeOffset OccurredAt);
