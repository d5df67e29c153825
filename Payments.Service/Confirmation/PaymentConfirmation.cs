using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Resilience;

namespace Payments.Service.Confirmation;

// The customer's confirm: claim the payment (RequiresConfirmation -> Processing, one winner), charge
// through the pipeline outside any transaction, then settle. A payment already settled is answered as is.
public sealed class PaymentConfirmation(
    PaymentsDbContext db,
    ResilientPaymentProvider provider,
    ChargeSettlement settlement,
    InFlightPayments inFlight,
    IHostApplicationLifetime lifetime,
    TimeProvider time)
{
    public async Task<ConfirmResult> ConfirmAsync(Guid paymentId, Guid customerId, string cardToken, string tokenKind, CancellationToken cancellationToken)
    {
        var payment = await FindAsync(paymentId, customerId, cancellationToken);
        if (payment is null)
            return new ConfirmResult(ConfirmOutcome.NotFound, null);
        if (payment.IsFree)
            return new ConfirmResult(ConfirmOutcome.NothingToPay, payment);
        if (payment.Status != PaymentStatus.RequiresConfirmation)
            return ConfirmResult.Of(payment);

        var now = time.GetUtcNow();
        if (now > payment.ExpiresAt)
            return new ConfirmResult(ConfirmOutcome.Expired, payment);

        var claimed = await db.Payments
            .Where(p => p.Id == paymentId && p.Status == PaymentStatus.RequiresConfirmation)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, PaymentStatus.Processing)
                .SetProperty(p => p.ProcessingStartedAt, now)
                .SetProperty(p => p.CardTokenKind, tokenKind)
                .SetProperty(p => p.UpdatedAt, now), cancellationToken);
        if (claimed == 0)
            return ConfirmResult.Of((await FindAsync(paymentId, customerId, cancellationToken))!);

        // Not the request's token: a client that hangs up must not leave the charge half recorded.
        // Only stopping the service interrupts it, and recovery finishes what that leaves in Processing.
        using var tracking = inFlight.Track(paymentId);
        var request = new ChargeRequest(paymentId, payment.Amount, payment.Currency, cardToken, payment.ChargeIdempotencyKey);
        var charge = await provider.ChargeAsync(request, tokenKind, lifetime.ApplicationStopping);
        var outcome = charge.Result;
        var attempts = charge.Attempts.ToList();
        if (charge.Unavailable)
        {
            // A timed-out call may still have gone through: ask before declaring it failed.
            var lookup = await provider.FindChargeAsync(paymentId, payment.ChargeIdempotencyKey, lifetime.ApplicationStopping);
            attempts.AddRange(lookup.Attempts);
            outcome = lookup.Result;
        }

        var settled = await settlement.SettleAsync(paymentId, outcome, attempts, lifetime.ApplicationStopping);
        return settled.Status switch
        {
            PaymentStatus.Succeeded or PaymentStatus.Refunded => new ConfirmResult(ConfirmOutcome.Succeeded, settled),
            _ when outcome is { Succeeded: false } => new ConfirmResult(ConfirmOutcome.Declined, settled),
            _ when outcome is null => new ConfirmResult(ConfirmOutcome.ProviderUnavailable, settled),
            _ => ConfirmResult.Of(settled),
        };
    }

    public Task<Payment?> FindAsync(Guid paymentId, Guid customerId, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking().Include(p => p.Refunds)
            .SingleOrDefaultAsync(p => p.Id == paymentId && p.CustomerId == customerId, cancellationToken);
}
