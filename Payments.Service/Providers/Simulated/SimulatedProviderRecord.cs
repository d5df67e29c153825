namespace Payments.Service.Providers.Simulated;

// The simulated provider's own memory of what it did, one row per idempotency key, kept in a table of
// its own so it survives a crash of Payments the way a real provider's records would.
public sealed class SimulatedProviderRecord
{
    public string IdempotencyKey { get; set; } = "";
    public string Operation { get; set; } = "";
    public Guid PaymentId { get; set; }
    public bool Succeeded { get; set; }
    public string? Reference { get; set; }
    public string? DeclineReason { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public const string Charge = "charge";
    public const string Refund = "refund";
}
