namespace Payments.Service.Providers.Stripe;

// A created PaymentIntent. ToString leaves the client secret out: the resilience pipeline logs results.
public sealed record StripeIntentCreated(string IntentId, string ClientSecret)
{
    public override string ToString() => $"PaymentIntent {IntentId}";
}
