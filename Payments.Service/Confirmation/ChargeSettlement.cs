using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Confirmation;

// Records how a charge attempt ended and stages the matching message in the same transaction. Only the
// provider's answer (succeeded, declined) settles a payment; a charge with no known outcome hands the
// payment back for another confirm, and ends it only once its hold is over and the provider has said
// there is no charge. A payment already settled never changes, so a confirm and a recovery publish once.
public sealed class ChargeSettlement(PaymentsDbContext db, IIntegrationEventOutbox outbox, TimeProvider time, ILogger<ChargeSettlement> logger)
{
    public async Task<Payment> SettleAsync(Guid paymentId, ChargeReport report, CancellationToken cancellationToken)
    {
        while (true)
        {
            db.ChangeTracker.Clear();
            var payment = await db.Payments.Include(p => p.Refunds).SingleAsync(p => p.Id == paymentId, cancellationToken);
            db.PaymentAttempts.AddRange(report.Calls);
            Apply(payment, report);
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

    void Apply(Payment payment, ChargeReport report)
    {
        var now = time.GetUtcNow();
        var open = payment.Status is PaymentStatus.Processing or PaymentStatus.RequiresConfirmation;
        switch (report.Outcome)
        {
            // The provider's answer holds for the one charge under this key, whichever attempt heard it.
            case { Succeeded: true, Reference: { } reference } when open:
                payment.Succeed(reference, now);
                outbox.Add(new PaymentSucceeded(payment.Id, payment.BookingId, payment.Amount, payment.Currency, payment.Provider, now));
                logger.LogInformation("Payment {PaymentId} for booking {BookingId} succeeded", payment.Id, payment.BookingId);
                break;
            case { Succeeded: false } declined when open:
                Decline(payment, declined.DeclineReason ?? FailureReasons.CardDeclined, declined.Message ?? "The card was declined.", now);
                break;
            case null when payment.Status == PaymentStatus.Processing && payment.ProcessingStartedAt == report.ClaimedAt:
                NoChargeKnown(payment, report.ProviderAnswered, now);
                break;
        }
    }

    void Decline(Payment payment, string reason, string message, DateTimeOffset now)
    {
        payment.Fail(reason, now);
        if (payment.Status == PaymentStatus.Cancelled)
            outbox.Add(new PaymentCancelled(payment.Id, payment.BookingId, now));
        else
            outbox.Add(new PaymentFailed(payment.Id, payment.BookingId, reason, message, now));
        logger.LogInformation("Payment {PaymentId} for booking {BookingId} ended {Status}: {Reason}", payment.Id, payment.BookingId, payment.Status, reason);
    }

    // No money moved that anyone knows of: never a failed booking for that, only a retry or the hold's end.
    void NoChargeKnown(Payment payment, bool providerAnswered, DateTimeOffset now)
    {
        if (payment.CancelRequestedAt is null && now <= payment.ExpiresAt)
        {
            payment.ReturnToConfirmation(now);
            logger.LogInformation("Payment {PaymentId} for booking {BookingId} took no charge ({Why}); it can be confirmed again",
                payment.Id, payment.BookingId, providerAnswered ? "the provider has none" : "the provider did not answer");
            return;
        }

        if (!providerAnswered)
        {
            // A charge may still have gone through: recovery asks the provider before ending it.
            payment.RequestCancel(now);
            logger.LogWarning("Payment {PaymentId} for booking {BookingId} is over but the provider did not answer; recovery will ask it",
                payment.Id, payment.BookingId);
            return;
        }

        payment.Cancel(now);
        outbox.Add(new PaymentCancelled(payment.Id, payment.BookingId, now));
        logger.LogInformation("Payment {PaymentId} for booking {BookingId} ended Cancelled: its hold is over and no charge was made",
            payment.Id, payment.BookingId);
    }
}
