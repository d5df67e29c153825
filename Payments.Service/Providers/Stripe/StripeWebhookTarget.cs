using Stripe;

namespace Payments.Service.Providers.Stripe;

// Which payment an event is about: the intent's metadata names it; a charge names only its intent.
public sealed record StripeWebhookTarget(Guid? PaymentId, string? IntentId)
{
    public static StripeWebhookTarget Of(Event stripeEvent) => stripeEvent.Data?.Object switch
    {
        PaymentIntent intent => new(StripeMetadata.PaymentIdOf(intent.Metadata), intent.Id),
        Charge charge => new(StripeMetadata.PaymentIdOf(charge.Metadata), charge.PaymentIntentId),
        _ => new(null, null),
    };
}
