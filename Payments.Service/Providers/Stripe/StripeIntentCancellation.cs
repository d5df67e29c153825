using MassTransit;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Infrastructure;
using Payments.Service.Resilience;
using Platform.Contracts.Payments;
using Polly.Registry;
using Stripe;

namespace Payments.Service.Providers.Stripe;

// CancelPayment also cancels the PaymentIntent so the customer can no longer pay it. An intent that
// already succeeded cannot be cancelled: its webhook reports the success and Bookings refunds it.
public sealed class StripeIntentCancellation(
    PaymentsDbContext db,
    StripeApi stripe,
    ResiliencePipelineProvider<string> pipelines,
    ILogger<StripeIntentCancellation> logger) : IConsumer<CancelPayment>
{
    public async Task Consume(ConsumeContext<CancelPayment> context)
    {
        var paymentId = context.Message.PaymentId;
        var intentId = await db.Set<StripePaymentIntent>().AsNoTracking()
            .Where(i => i.PaymentId == paymentId).Select(i => i.IntentId).SingleOrDefaultAsync(context.CancellationToken);
        if (intentId is null)
            return;
        try
        {
            await pipelines.GetPipeline(PaymentProviderPipeline.Name).ExecuteAsync(
                async token => await stripe.CancelIntentAsync(intentId, $"cancel-{paymentId}", token), context.CancellationToken);
            logger.LogInformation("Stripe PaymentIntent {IntentId} of payment {PaymentId} cancelled", intentId, paymentId);
        }
        catch (StripeException exception) when (exception.StripeError?.Code == "payment_intent_unexpected_state")
        {
            logger.LogInformation("Stripe PaymentIntent {IntentId} of payment {PaymentId} was no longer cancellable", intentId, paymentId);
        }
    }
}
