using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;
using Stripe;

namespace Payments.Service.Providers.Stripe;

// What a Stripe event does to the payment, with the same domain changes and outbox messages as the
// Simulated confirm path. Answers a short outcome for the event's record; changes nothing when stale.
public sealed class StripeLedger(PaymentsDbContext db, IIntegrationEventOutbox outbox, TimeProvider time, ILogger<StripeLedger> logger)
{
    public const string Succeeded = "payment_intent.succeeded";
    public const string PaymentFailed = "payment_intent.payment_failed";
    public const string ChargeRefunded = "charge.refunded";
    public const string Declined = "declined";
    const string AttemptTokenKind = "stripe:payment_intent";

    public string Apply(Event stripeEvent, StripeWebhookTarget target, Payment payment)
    {
        var now = time.GetUtcNow();
        return stripeEvent.Type switch
        {
            Succeeded => Succeed(payment, target.IntentId!, now),
            PaymentFailed => Fail(payment, (PaymentIntent)stripeEvent.Data.Object, now),
            ChargeRefunded => Refunded(payment, (Charge)stripeEvent.Data.Object, now),
            _ => "ignored_type",
        };
    }

    // Money taken always counts, even on a payment failed or cancelled meanwhile: Bookings refunds a late one.
    string Succeed(Payment payment, string intentId, DateTimeOffset now)
    {
        if (payment.Status is PaymentStatus.Succeeded or PaymentStatus.Refunded)
            return "stale";
        db.PaymentAttempts.Add(PaymentAttempt.Record(payment.Id, AttemptKind.Charge, AttemptTokenKind, "succeeded", null, now, TimeSpan.Zero));
        payment.Succeed(intentId, now);
        outbox.Add(new PaymentSucceeded(payment.Id, payment.BookingId, payment.Amount, payment.Currency, payment.Provider, now));
        logger.LogInformation("Payment {PaymentId} for booking {BookingId} succeeded", payment.Id, payment.BookingId);
        return "succeeded";
    }

    // A failure after the payment settled (a late event of an earlier attempt) changes nothing.
    string Fail(Payment payment, PaymentIntent intent, DateTimeOffset now)
    {
        if (payment.Status is not (PaymentStatus.RequiresConfirmation or PaymentStatus.Processing))
            return "stale";
        var error = intent.LastPaymentError;
        var reason = error?.DeclineCode == FailureReasons.InsufficientFunds || error?.Code == FailureReasons.InsufficientFunds
            ? FailureReasons.InsufficientFunds
            : FailureReasons.CardDeclined;
        var message = reason == FailureReasons.InsufficientFunds ? "The card has insufficient funds." : "The card was declined.";
        db.PaymentAttempts.Add(PaymentAttempt.Record(payment.Id, AttemptKind.Charge, AttemptTokenKind, reason, null, now, TimeSpan.Zero));
        payment.Fail(reason, now);
        if (payment.Status == PaymentStatus.Cancelled)
            outbox.Add(new PaymentCancelled(payment.Id, payment.BookingId, now));
        else
            outbox.Add(new Platform.Contracts.Payments.PaymentFailed(payment.Id, payment.BookingId, reason, message, now));
        logger.LogInformation("Payment {PaymentId} for booking {BookingId} ended {Status}: {Reason}", payment.Id, payment.BookingId, payment.Status, reason);
        return Declined;
    }

    // Completes our pending refund, or records one made in Stripe's dashboard; a refund already recorded is left alone.
    string Refunded(Payment payment, Charge charge, DateTimeOffset now)
    {
        if (payment.Status != PaymentStatus.Succeeded || !charge.Refunded)
            return "stale";
        var reference = charge.Refunds?.Data?.LastOrDefault()?.Id ?? charge.Id;
        var refund = payment.Refunds.FirstOrDefault(r => r.Status == Domain.RefundStatus.Pending);
        if (refund is null)
        {
            refund = Domain.Refund.For(payment, "provider", now);
            db.Refunds.Add(refund);
        }
        refund.Succeed(reference, now);
        payment.MarkRefunded(now);
        outbox.Add(new PaymentRefunded(payment.Id, payment.BookingId, refund.Id, refund.Amount, refund.Currency, refund.Reason, now));
        logger.LogInformation("Payment {PaymentId} refunded ({Reason}) as Stripe reported", payment.Id, refund.Reason);
        return "refunded";
    }
}
