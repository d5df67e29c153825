namespace Payments.Service.Providers.Stripe;

// The PaymentIntent created for a payment. The client secret goes only to the payment's customer.
public sealed class StripePaymentIntent
{
    public Guid PaymentId { get; set; }
    public Guid BookingId { get; set; }
    public string IntentId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
