namespace Platform.Contracts.Payments;

// Only the provider's answer fails a payment (an outage or a crash leaves it open for another confirm).
// Reason: "card_declined", "insufficient_funds", or the provider's own decline code.
public sealed record PaymentFailed(Guid PaymentId, Guid BookingId, string Reason, string Message, DateTimeOffset OccurredAt);
