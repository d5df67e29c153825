namespace Platform.Contracts.Payments;

// The booking expired: a payment not yet taken must not be taken any more.
public sealed record CancelPayment(Guid PaymentId, Guid BookingId, string Reason, DateTimeOffset OccurredAt);
