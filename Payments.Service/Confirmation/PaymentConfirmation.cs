using Microsoft.EntityFrameworkCore;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Resilience;

namespace Payments.Service.Confirmation;

// The customer's confirm: claim the payment (RequiresConfirmation -> Processing, one winner), charge
// through the pipeline outside any transaction, then settle. A payment already settled is answered as is;
// one whose charge came to nothing known is back in RequiresConfirmation for the next confirm.
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

        // Postgres keeps microseconds: the claim's time must read back equal, since it fences the settlement.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
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
        var report = new ChargeReport(now, charge.Result, !charge.Unavailable, charge.Attempts);
        if (charge.Unavailable)
        {
            // A timed-out call may still have gone through: ask before calling it no charge.
            var lookup = await provider.FindChargeAsync(paymentId, payment.ChargeIdempotencyKey, lifetime.ApplicationStopping);
            report = report with { Outcome = lookup.Result, ProviderAnswered = !lookup.Unavailable, Calls = [.. charge.Attempts, .. lookup.Attempts] };
        }

        var settled = await settlement.SettleAsync(paymentId, report, lifetime.ApplicationStopping);
        return settled.Status switch
        {
            PaymentStatus.Succeeded or PaymentStatus.Refunded => new ConfirmResult(ConfirmOutcome.Succeeded, settled),
            _ when report.Outcome is { Succeeded: false } => new ConfirmResult(ConfirmOutcome.Declined, settled),
            PaymentStatus.RequiresConfirmation => new ConfirmResult(ConfirmOutcome.ProviderUnavailable, settled),
            // Left for recovery to ask the provider once more: over for the customer if its hold is.
            PaymentStatus.Processing when time.GetUtcNow() > settled.ExpiresAt => new ConfirmResult(ConfirmOutcome.Expired, settled),
            _ => ConfirmResult.Of(settled),
        };
    }

    public Task<Payment?> FindAsync(Guid paymentId, Guid customerId, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking().Include(p => p.Refunds)
            .SingleOrDefaultAsync(p => p.Id == paymentId && p.CustomerId == customerId, cancellationToken);
}
