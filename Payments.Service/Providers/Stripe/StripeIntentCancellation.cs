using MassTransit;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Infrastructure;
using Platform.Contracts.Payments;

namespace Payments.Service.Providers.Stripe;

// CancelPayment also cancels the PaymentIntent so the customer can no longer pay it.
public sealed class StripeIntentCancellation(PaymentsDbContext db, StripeIntentCanceller canceller) : IConsumer<CancelPayment>
{
    public async Task Consume(ConsumeContext<CancelPayment> context)
    {
        var paymentId = context.Message.PaymentId;
        var intentId = await db.Set<StripePaymentIntent>().AsNoTracking()
            .Where(i => i.PaymentId == paymentId).Select(i => i.IntentId).SingleOrDefaultAsync(context.CancellationToken);
        if (intentId is not null)
            await canceller.CancelAsync(paymentId, intentId, context.CancellationToken);
    }
}
