using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Confirmation;

// Records how a charge ended and stages the matching message in the same transaction. Only a payment
// still in Processing changes, so a confirm and a recovery that both finish it publish once.
public sealed class ChargeSettlement(PaymentsDbContext db, IIntegrationEventOutbox outbox, TimeProvider time, ILogger<ChargeSettlement> logger)
{
    public async Task<Payment> SettleAsync(
        Guid paymentId,
        ChargeOutcome? outcome,
        IReadOnlyList<PaymentAttempt> attempts,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            db.ChangeTracker.Clear();
            var payment = await db.Payments.Include(p => p.Refunds).SingleAsync(p => p.Id == paymentId, cancellationToken);
            db.PaymentAttempts.AddRange(attempts);
            if (payment.Status == PaymentStatus.Processing)
                Apply(payment, outcome);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return payment;
            }
            catch (DbUpdateConcurrencyException)
            {
                // A CancelPayment marked it meanwhile: read it again and decide on the fresh row.
            }
        }
    }

    void Apply(Payment payment, ChargeOutcome? outcome)
    {
        var now = time.GetUtcNow();
        if (outcome is { Succeeded: true, Reference: { } reference })
        {
            payment.Succeed(reference, now);
            outbox.Add(new PaymentSucceeded(payment.Id, payment.BookingId, payment.Amount, payment.Currency, payment.Provider, now));
            logger.LogInformation("Payment {PaymentId} for booking {BookingId} succeeded", payment.Id, payment.BookingId);
            return;
        }

        var reason = outcome?.DeclineReason ?? FailureReasons.ProviderUnavailable;
        var message = outcome?.Message ?? "The payment provider is unavailable; no charge was made.";
        payment.Fail(reason, now);
        if (payment.Status == PaymentStatus.Cancelled)
            outbox.Add(new PaymentCancelled(payment.Id, payment.BookingId, now));
        else
            outbox.Add(new PaymentFailed(payment.Id, payment.BookingId, reason, message, now));
        logger.LogInformation("Payment {PaymentId} for booking {BookingId} ended {Status}: {Reason}", payment.Id, payment.BookingId, payment.Status, reason);
    }
}
