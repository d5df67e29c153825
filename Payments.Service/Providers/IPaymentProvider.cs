namespace Payments.Service.Providers;

// The seam to a payment provider (Simulated now, Stripe later). Declines come back as outcomes;
// transient trouble (unreachable, 5xx) is a PaymentProviderUnavailableException so the pipeline retries it.
// Every call carries an idempotency key: the provider answers a repeated key with its first result.
public interface IPaymentProvider
{
    string Name { get; }

    // Tokens a tester may use (shown in the payment's instructions); empty for a real provider.
    IReadOnlyList<string> TestCardTokens { get; }

    // A loggable kind of the token (never the token's secret part), or null when the provider cannot take it.
    string? TokenKindOf(string cardToken);

    Task<ChargeOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    // What the provider knows of an earlier charge under this key; null when it never took one.
    Task<ChargeOutcome?> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken);

    Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}

public sealed record ChargeRequest(Guid PaymentId, decimal Amount, string Currency, string CardToken, string IdempotencyKey);

// Succeeded with Reference, or declined with DeclineReason (card_declined, insufficient_funds).
public sealed record ChargeOutcome(bool Succeeded, string? Reference, string? DeclineReason, string? Message)
{
    public static ChargeOutcome Success(string reference) => new(true, reference, null, null);

    public static ChargeOutcome Declined(string reason, string message) => new(false, null, reason, message);
}

public sealed record RefundRequest(Guid PaymentId, string ChargeReference, decimal Amount, string Currency, string IdempotencyKey);

public sealed record RefundOutcome(string Reference);
