namespace Platform.Contracts.Payments;

public sealed record PaymentCancelled(Guid PaymentId, Guid BookingId, DateTimeOffset OccurredAt);
