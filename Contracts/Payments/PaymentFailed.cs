namespace Platform.Contracts.Payments;

// Reason: "card_declined", "insufficient_funds", "provider_unavailable".
public sealed record PaymentFailed(Guid PaymentId, Guid BookingId, string Reason, string Message, DateTimeOffset OccurredAt);
