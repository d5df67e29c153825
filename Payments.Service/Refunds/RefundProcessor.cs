using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Resilience;
using Platform.Contracts.Payments;
using Platform.ServiceDefaults.Messaging;

namespace Payments.Service.Refunds;

// Sends due refunds to the provider under the payment's refund key (so a repeat never refunds twice),
// then records Refunded + PaymentRefunded, or schedules a retry, or gives up with RefundFailed.
// Instances share the work: each refund is leased before the call, so one of them sends it.
public sealed class RefundProcessor(
    PaymentsDbContext db,
    ResilientPaymentProvider provider,
    IIntegrationEventOutbox outbox,
    IOptions<PaymentsOptions> options,
    TimeProvider time,
    ILogger<RefundProcessor> logger)
{
    const int BatchSize = 20;

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Refunds.AsNoTracking()
            .Where(r => r.Status == RefundStatus.Pending && r.NextAttemptAt <= now)
            .OrderBy(r => r.NextAttemptAt)
            .Select(r => r.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var refundId in due)
            await RefundAsync(refundId, cancellationToken);
        return due.Count;
    }

    async Task RefundAsync(Guid refundId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (!await TryLeaseAsync(refundId, cancellationToken))
            return;
        var refund = await db.Refunds.SingleAsync(r => r.Id == refundId, cancellationToken);
        var payment = await db.Payments.SingleAsync(p => p.Id == refund.PaymentId, cancellationToken);
        var call = await provider.RefundAsync(
            new RefundRequest(payment.Id, payment.ProviderReference!, refund.Amount, refund.Currency, payment.RefundIdempotencyKey),
            cancellationToken);
        db.PaymentAttempts.AddRange(call.Attempts);

        var now = time.GetUtcNow();
        if (call.Result is { } result)
        {
            refund.Succeed(result.Reference, now);
            payment.MarkRefunded(now);
            outbox.Add(new PaymentRefunded(payment.Id, payment.BookingId, refund.Id, refund.Amount, refund.Currency, refund.Reason, now));
            logger.LogInformation("Payment {PaymentId} refunded ({Reason})", payment.Id, refund.Reason);
        }
        else if (refund.Attempts + 1 >= options.Value.MaxRefundAttempts)
        {
            refund.Fail(call.UnavailableBecause!, now);
            outbox.Add(new RefundFailed(payment.Id, payment.BookingId, FailureReasons.ProviderUnavailable, now));
            logger.LogError("Refund of payment {PaymentId} failed after {Attempts} tries; it needs support", payment.Id, refund.Attempts);
        }
        else
        {
            var delay = options.Value.FirstRefundRetryDelay * Math.Pow(2, refund.Attempts);
            refund.Retry(call.UnavailableBecause!, now + delay);
            logger.LogWarning("Refund of payment {PaymentId} retried in {Delay}", payment.Id, delay);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance handled it meanwhile; the provider's refund key kept it to one refund.
            logger.LogInformation("Refund {RefundId} was recorded by another worker", refundId);
        }
    }

    // Every instance may list the same due refund; one committed conditional update decides which sends it. The
    // next attempt moves past the lease, so a process that dies mid-call leaves it due again, not lost.
    async Task<bool> TryLeaseAsync(Guid refundId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseUntil = now + options.Value.StuckAfter;
        return await db.Refunds
            .Where(r => r.Id == refundId && r.Status == RefundStatus.Pending && r.NextAttemptAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.NextAttemptAt, leaseUntil), cancellationToken) == 1;
    }
}
