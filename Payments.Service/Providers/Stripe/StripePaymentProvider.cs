using Microsoft.EntityFrameworkCore;
using Payments.Service.Infrastructure;
using Stripe;

namespace Payments.Service.Providers.Stripe;

// Stripe behind the provider seam. The customer confirms the PaymentIntent in the browser with Stripe.js,
// so there is no server-side charge here: the outcome arrives by webhook (StripeWebhookProcessor).
public sealed class StripePaymentProvider(StripeApi stripe, IServiceScopeFactory scopes) : IPaymentProvider
{
    public const string ProviderName = "Stripe";

    public string Name => ProviderName;

    public IReadOnlyList<string> TestCardTokens => [];

    // No card token is ever taken on the server.
    public string? TokenKindOf(string cardToken) => null;

    public Task<ChargeOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Stripe payments are confirmed client-side with Stripe.js; the webhook records the outcome.");

    // What recovery asks about a payment left in Processing: the intent's own status.
    public async Task<ChargeOutcome?> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(idempotencyKey.Replace("charge-", "", StringComparison.Ordinal), out var paymentId))
            return null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var intentId = await db.Set<StripePaymentIntent>().AsNoTracking()
            .Where(i => i.PaymentId == paymentId).Select(i => i.IntentId).SingleOrDefaultAsync(cancellationToken);
        if (intentId is null)
            return null;
        var status = await stripe.GetIntentStatusAsync(intentId, cancellationToken);
        return status == "succeeded" ? ChargeOutcome.Success(intentId) : null;
    }

    // ChargeReference is the PaymentIntent id; a full refund of it, once per idempotency key.
    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var refundId = await stripe.CreateRefundAsync(new RefundCreateOptions
        {
            PaymentIntent = request.ChargeReference,
            Amount = StripeMinorUnits.From(request.Amount, request.Currency),
            Metadata = new Dictionary<string, string> { ["payment_id"] = request.PaymentId.ToString() },
        }, request.IdempotencyKey, cancellationToken);
        return new RefundOutcome(refundId);
    }
}
