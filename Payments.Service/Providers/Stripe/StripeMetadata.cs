namespace Payments.Service.Providers.Stripe;

// Keys put on every PaymentIntent, so a webhook finds its payment even before our create call returned.
public static class StripeMetadata
{
    public const string PaymentId = "payment_id";
    public const string BookingId = "booking_id";

    public static Guid? PaymentIdOf(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(PaymentId, out var value) && Guid.TryParse(value, out var id) ? id : null;
}
