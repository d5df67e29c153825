using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Payments.Service.Confirmation;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Resilience;

namespace Payments.Service.Recovery;

// Finishes payments a crash left in Processing: asks the provider what happened under the charge's
// idempotency key and settles accordingly. No charge there means none was made: the payment can be
// confirmed again while its hold lasts, and is cancelled once it is over (or a cancel is waiting).
public sealed class StuckPaymentRecovery(
    PaymentsDbContext db,
    ResilientPaymentProvider provider,
    ChargeSettlement settlement,
    InFlightPayments inFlight,
    IOptions<PaymentsOptions> options,
    TimeProvider time,
    ILogger<StuckPaymentRecovery> logger)
{
    const int BatchSize = 20;

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var stuckBefore = time.GetUtcNow() - options.Value.StuckAfter;
        var stuck = await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.Processing && p.ProcessingStartedAt < stuckBefore)
            .OrderBy(p => p.ProcessingStartedAt)
            .Select(p => new { p.Id, ClaimedAt = p.ProcessingStartedAt!.Value })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var recovered = 0;
        foreach (var orphan in stuck.Where(p => !inFlight.Contains(p.Id)))
        {
            var paymentId = orphan.Id;
            var lookup = await provider.FindChargeAsync(paymentId, $"charge-{paymentId}", cancellationToken);
            if (lookup.Unavailable)
            {
                logger.LogWarning("Payment {PaymentId} is stuck in Processing; the provider cannot say yet, trying later", paymentId);
                continue;
            }

            var payment = await settlement.SettleAsync(paymentId, new ChargeReport(orphan.ClaimedAt, lookup.Result, ProviderAnswered: true, lookup.Attempts), cancellationToken);
            logger.LogWarning("Recovered payment {PaymentId} left in Processing: now {Status}", paymentId, payment.Status);
            recovered++;
        }
        return recovered;
    }
}
