using MassTransit;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Resilience;
using Polly.Registry;
using Stripe;

namespace Payments.Service.Providers.Stripe;

// Creates the PaymentIntent for a requested payment (idempotency key = booking id, so a redelivery gets
// the same intent back) and keeps its client secret for the customer's instructions.
public sealed class StripeIntentCreation(
    PaymentsDbContext db,
    StripeApi stripe,
    ResiliencePipelineProvider<string> pipelines,
    TimeProvider time,
    ILogger<StripeIntentCreation> logger) : IConsumer<Platform.Contracts.Payments.RequestPayment>
{
    public async Task Consume(ConsumeContext<Platform.Contracts.Payments.RequestPayment> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == message.PaymentId, cancellationToken)
            // RequestPaymentConsumer runs on its own queue; retried until it has stored the payment.
            ?? throw new PaymentNotRecordedYetException(message.PaymentId);
        if (payment.Status != PaymentStatus.RequiresConfirmation || payment.Provider != StripePaymentProvider.ProviderName
            || await db.Set<StripePaymentIntent>().AnyAsync(i => i.PaymentId == payment.Id, cancellationToken))
            return;

        var options = new PaymentIntentCreateOptions
        {
            Amount = StripeMinorUnits.From(payment.Amount, payment.Currency),
            Currency = payment.Currency.ToLowerInvariant(),
            Description = payment.Description,
            Metadata = new Dictionary<string, string>
            {
                [StripeMetadata.PaymentId] = payment.Id.ToString(),
                [StripeMetadata.BookingId] = payment.BookingId.ToString(),
            },
        };
        var pipeline = pipelines.GetPipeline(PaymentProviderPipeline.Name);
        var intent = await pipeline.ExecuteAsync(
            async token => await stripe.CreateIntentAsync(options, payment.BookingId.ToString(), token), cancellationToken);

        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO stripe_payment_intents (payment_id, booking_id, intent_id, client_secret, created_at)
            VALUES ({payment.Id}, {payment.BookingId}, {intent.IntentId}, {intent.ClientSecret}, {time.GetUtcNow()})
            ON CONFLICT (payment_id) DO NOTHING
            """, cancellationToken);
        logger.LogInformation("Stripe PaymentIntent {IntentId} created for payment {PaymentId}", intent.IntentId, payment.Id);
    }
}
