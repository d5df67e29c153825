using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Platform.ServiceDefaults.Messaging;
using Stripe;

namespace Payments.Service.Providers.Stripe;

// Verifies a webhook's signature, then records the event id and its effect on the payment in one
// transaction: a redelivered event finds its id and changes nothing; a stale one (the payment has moved on) is recorded and ignored.
public sealed class StripeWebhookProcessor(
    PaymentsDbContext db,
    StripeLedger ledger,
    StripeIntentCanceller canceller,
    IOptions<StripeOptions> options,
    TimeProvider time,
    ILogger<StripeWebhookProcessor> logger)
{
    public async Task<StripeWebhookOutcome> HandleAsync(string payload, string signature, CancellationToken cancellationToken)
    {
        if (Verify(payload, signature) is not { } stripeEvent)
            return StripeWebhookOutcome.Rejected;

        var target = StripeWebhookTarget.Of(stripeEvent);
        while (true)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<StripeWebhookEvent>().AnyAsync(e => e.EventId == stripeEvent.Id, cancellationToken))
            {
                logger.LogInformation("Stripe event {EventId} ({Type}) already handled; ignored", stripeEvent.Id, stripeEvent.Type);
                return StripeWebhookOutcome.Duplicate;
            }

            var payment = await FindPaymentAsync(target, cancellationToken);
            var outcome = payment is null ? "not_our_payment" : ledger.Apply(stripeEvent, target, payment);
            db.Set<StripeWebhookEvent>().Add(new StripeWebhookEvent
            {
                EventId = stripeEvent.Id,
                Type = stripeEvent.Type,
                PaymentId = payment?.Id,
                Outcome = outcome,
                ReceivedAt = time.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Stripe event {EventId} ({Type}) for payment {PaymentId}: {Outcome}", stripeEvent.Id, stripeEvent.Type, payment?.Id, outcome);
                if (payment is not null && outcome == StripeLedger.Declined && target.IntentId is { } declinedIntent)
                    await CloseAsync(payment.Id, declinedIntent, cancellationToken);
                return StripeWebhookOutcome.Processed;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The payment changed meanwhile (a cancel, a refund worker): decide again on the fresh row.
            }
            catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return StripeWebhookOutcome.Duplicate;
            }
        }
    }

    // Bookings has been told the payment failed, so the customer must not pay this intent after all.
    // Best effort: a success that still slips through is reported and refunded as a late payment.
    async Task CloseAsync(Guid paymentId, string intentId, CancellationToken cancellationToken)
    {
        try
        {
            await canceller.CancelAsync(paymentId, intentId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Stripe PaymentIntent {IntentId} of failed payment {PaymentId} could not be cancelled: {Reason}", intentId, paymentId, exception.GetType().Name);
        }
    }

    Event? Verify(string payload, string signature)
    {
        var settings = options.Value;
        try
        {
            return EventUtility.ConstructEvent(payload, signature, settings.WebhookSecret,
                (long)settings.WebhookTolerance.TotalSeconds, time.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reason only: never the payload or the header.
            logger.LogWarning("Stripe webhook rejected: {Reason}", exception is StripeException ? exception.Message : "the body is not a Stripe event");
            return null;
        }
    }

    async Task<Payment?> FindPaymentAsync(StripeWebhookTarget target, CancellationToken cancellationToken)
    {
        var paymentId = target.PaymentId;
        if (paymentId is null && target.IntentId is { } intentId)
            paymentId = await db.Set<StripePaymentIntent>().AsNoTracking()
                .Where(i => i.IntentId == intentId).Select(i => (Guid?)i.PaymentId).SingleOrDefaultAsync(cancellationToken)
                ?? await db.Payments.AsNoTracking()
                    .Where(p => p.ProviderReference == intentId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        return paymentId is null
            ? null
            : await db.Payments.Include(p => p.Refunds).SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
    }
}
