namespace Platform.Contracts.Payments;

// Give a succeeded payment back in full. Reason: "cancelled" or "late-payment".
public sealed record RefundPayment(Guid PaymentId, Guid BookingId, string Reason, DateTimeOffset OccurredAt);
