namespace Platform.Contracts.Payments;

// The provider refused the refund after retries; it stays visible on the payment for support.
public sealed record RefundFailed(Guid PaymentId, Guid BookingId, string Reason, DateTimeOffset OccurredAt);
