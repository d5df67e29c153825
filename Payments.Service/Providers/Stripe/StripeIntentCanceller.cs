using Payments.Service.Resilience;
using Polly.Registry;
using Stripe;

namespace Payments.Service.Providers.Stripe;

// Cancels a PaymentIntent so nothing more can be charged on it. One that already succeeded cannot be
// cancelled: its webhook reports the success and Bookings refunds it.
public sealed class StripeIntentCanceller(StripeApi stripe, ResiliencePipelineProvider<string> pipelines, ILogger<StripeIntentCanceller> logger)
{
    public async Task<bool> CancelAsync(Guid paymentId, string intentId, CancellationToken cancellationToken)
    {
        try
        {
            await pipelines.GetPipeline(PaymentProviderPipeline.Name).ExecuteAsync(
                async token => await stripe.CancelIntentAsync(intentId, $"cancel-{paymentId}", token), cancellationToken);
            logger.LogInformation("Stripe PaymentIntent {IntentId} of payment {PaymentId} cancelled", intentId, paymentId);
            return true;
        }
        catch (StripeException exception) when (exception.StripeError?.Code == "payment_intent_unexpected_state")
        {
            logger.LogInformation("Stripe PaymentIntent {IntentId} of payment {PaymentId} was no longer cancellable", intentId, paymentId);
            return false;
        }
    }
}
