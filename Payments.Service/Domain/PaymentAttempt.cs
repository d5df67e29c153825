namespace Payments.Service.Domain;

// One call to the provider. Holds the kind of card token (e.g. "simulated:success"), never the token.
public sealed class PaymentAttempt
{
    public const int MaxErrorLength = 500;

    public Guid Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public AttemptKind Kind { get; private set; }
    public string? CardTokenKind { get; private set; }
    public string Outcome { get; private set; } = "";
    public string? Error { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public int DurationMs { get; private set; }

    public static PaymentAttempt Record(Guid paymentId, AttemptKind kind, string? cardTokenKind, string outcome,
        string? error, DateTimeOffset startedAt, TimeSpan duration) => new()
    {
        Id = Guid.CreateVersion7(startedAt),
        PaymentId = paymentId,
        Kind = kind,
        CardTokenKind = cardTokenKind,
        Outcome = outcome,
        Error = error is null || error.Length <= MaxErrorLength ? error : error[..MaxErrorLength],
        StartedAt = startedAt,
        DurationMs = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds),
    };
}
