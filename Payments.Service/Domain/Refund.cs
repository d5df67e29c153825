namespace Payments.Service.Domain;

// A full refund of a succeeded payment; sent to the provider by the refund worker, retried with back-off.
public sealed class Refund
{
    public Guid Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public RefundStatus Status { get; private set; }
    public string? ProviderReference { get; private set; }
    public string? LastError { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public uint Version { get; private set; }

    public static Refund For(Payment payment, string reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PaymentId = payment.Id,
        Amount = payment.Amount,
        Currency = payment.Currency,
        Reason = reason.Length <= Payment.MaxReasonLength ? reason : reason[..Payment.MaxReasonLength],
        Status = RefundStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public void Succeed(string providerReference, DateTimeOffset now)
    {
        Status = RefundStatus.Succeeded;
        ProviderReference = providerReference;
        LastError = null;
        Attempts++;
        CompletedAt = now;
    }

    // The refund of a free payment: nothing went out, so nothing goes back through a provider.
    public void CompleteWithoutProvider(DateTimeOffset now)
    {
        Status = RefundStatus.Succeeded;
        CompletedAt = now;
    }

    public void Retry(string error, DateTimeOffset nextAttemptAt)
    {
        Attempts++;
        LastError = error.Length <= PaymentAttempt.MaxErrorLength ? error : error[..PaymentAttempt.MaxErrorLength];
        NextAttemptAt = nextAttemptAt;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Attempts++;
        Status = RefundStatus.Failed;
        LastError = error.Length <= PaymentAttempt.MaxErrorLength ? error : error[..PaymentAttempt.MaxErrorLength];
        CompletedAt = now;
    }
}
