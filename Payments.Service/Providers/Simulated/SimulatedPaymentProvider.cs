using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Payments.Service.Domain;
using Payments.Service.Infrastructure;

namespace Payments.Service.Providers.Simulated;

// A stand-in for a card provider, driven by test card tokens. Like a real provider it answers a
// repeated idempotency key with its first result, so a retried call never charges twice.
public sealed class SimulatedPaymentProvider(
    IServiceScopeFactory scopes,
    IOptionsMonitor<SimulatedProviderOptions> options,
    TimeProvider time) : IPaymentProvider
{
    public const string ProviderName = "Simulated";

    public string Name => ProviderName;

    public IReadOnlyList<string> TestCardTokens => SimulatedCardTokens.All;

    public string? TokenKindOf(string cardToken) =>
        SimulatedCardTokens.All.Contains(cardToken, StringComparer.Ordinal) ? $"simulated:{cardToken["tok_".Length..]}" : null;

    public async Task<ChargeOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(request.IdempotencyKey, cancellationToken) is { } earlier)
            return OutcomeOf(earlier);

        var settings = options.CurrentValue;
        ChargeOutcome outcome;
        switch (request.CardToken)
        {
            case SimulatedCardTokens.Success:
                outcome = ChargeOutcome.Success(NewReference("ch"));
                break;
            case SimulatedCardTokens.SuccessLate:
                await Task.Delay(settings.LateDelay, time, cancellationToken);
                outcome = ChargeOutcome.Success(NewReference("ch"));
                break;
            case SimulatedCardTokens.Slow:
                await Task.Delay(settings.SlowDelay, time, cancellationToken);
                outcome = ChargeOutcome.Success(NewReference("ch"));
                break;
            case SimulatedCardTokens.Decline:
                outcome = ChargeOutcome.Declined(FailureReasons.CardDeclined, "The card was declined.");
                break;
            case SimulatedCardTokens.InsufficientFunds:
                outcome = ChargeOutcome.Declined(FailureReasons.InsufficientFunds, "The card has insufficient funds.");
                break;
            case SimulatedCardTokens.Unavailable:
                throw new PaymentProviderUnavailableException("The simulated provider answered 503 Service Unavailable.");
            default:
                throw new ArgumentException("The simulated provider does not know this card token.", nameof(request));
        }

        var record = new SimulatedProviderRecord
        {
            IdempotencyKey = request.IdempotencyKey,
            Operation = SimulatedProviderRecord.Charge,
            PaymentId = request.PaymentId,
            Succeeded = outcome.Succeeded,
            Reference = outcome.Reference,
            DeclineReason = outcome.DeclineReason,
            Amount = request.Amount,
            Currency = request.Currency,
            CreatedAt = time.GetUtcNow(),
        };
        return OutcomeOf(await RememberAsync(record, cancellationToken));
    }

    public async Task<ChargeOutcome?> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        await FindAsync(idempotencyKey, cancellationToken) is { Operation: SimulatedProviderRecord.Charge } record ? OutcomeOf(record) : null;

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(request.IdempotencyKey, cancellationToken) is { } earlier)
            return new RefundOutcome(earlier.Reference!);
        if (options.CurrentValue.RefundsUnavailable)
            throw new PaymentProviderUnavailableException("The simulated provider answered 503 Service Unavailable to a refund.");

        var record = new SimulatedProviderRecord
        {
            IdempotencyKey = request.IdempotencyKey,
            Operation = SimulatedProviderRecord.Refund,
            PaymentId = request.PaymentId,
            Succeeded = true,
            Reference = NewReference("re"),
            Amount = request.Amount,
            Currency = request.Currency,
            CreatedAt = time.GetUtcNow(),
        };
        return new RefundOutcome((await RememberAsync(record, cancellationToken)).Reference!);
    }

    async Task<SimulatedProviderRecord?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        return await db.Set<SimulatedProviderRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.IdempotencyKey == idempotencyKey, cancellationToken);
    }

    // First writer wins; a concurrent call under the same key gets the stored record back.
    async Task<SimulatedProviderRecord> RememberAsync(SimulatedProviderRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO simulated_provider_charges
                (idempotency_key, operation, payment_id, succeeded, reference, decline_reason, amount, currency, created_at)
            VALUES ({record.IdempotencyKey}, {record.Operation}, {record.PaymentId}, {record.Succeeded}, {record.Reference},
                {record.DeclineReason}, {record.Amount}, {record.Currency}, {record.CreatedAt})
            ON CONFLICT (idempotency_key) DO NOTHING
            """, cancellationToken);
        return await db.Set<SimulatedProviderRecord>().AsNoTracking()
            .SingleAsync(r => r.IdempotencyKey == record.IdempotencyKey, cancellationToken);
    }

    static ChargeOutcome OutcomeOf(SimulatedProviderRecord record) =>
        record.Succeeded
            ? ChargeOutcome.Success(record.Reference!)
            : ChargeOutcome.Declined(record.DeclineReason!, record.DeclineReason == FailureReasons.InsufficientFunds
                ? "The card has insufficient funds."
                : "The card was declined.");

    static string NewReference(string prefix) => $"sim_{prefix}_{Guid.CreateVersion7():N}";
}
