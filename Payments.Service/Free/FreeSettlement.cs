using Payments.Service.Domain;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Free;

// A booking whose total is 0 (a 100 % coupon) is paid and refunded here, never at a provider: Stripe
// refuses a 0 amount and there is no card to ask for. Both stage their message in the caller's transaction.
public sealed class FreeSettlement(IIntegrationEventOutbox outbox, TimeProvider time, ILogger<FreeSettlement> logger)
{
    public static bool Applies(decimal amount) => amount == 0m;

    public void Settle(Payment payment)
    {
        var now = time.GetUtcNow();
        payment.SettleFree(now);
        outbox.Add(new PaymentSucceeded(payment.Id, payment.BookingId, payment.Amount, payment.Currency, payment.Provider, now));
        logger.LogInformation("Payment {PaymentId} for booking {BookingId} has nothing to pay; settled as free", payment.Id, payment.BookingId);
    }

    public Refund Refund(Payment payment, string reason)
    {
        var now = time.GetUtcNow();
        var refund = Domain.Refund.For(payment, reason, now);
        refund.CompleteWithoutProvider(now);
        payment.MarkRefunded(now);
        outbox.Add(new PaymentRefunded(payment.Id, payment.BookingId, refund.Id, refund.Amount, refund.Currency, refund.Reason, now));
        logger.LogInformation("Free payment {PaymentId} refunded without a provider ({Reason})", payment.Id, refund.Reason);
        return refund;
    }
}
