namespace Payments.Service.Domain;

// One payment per booking, created from RequestPayment and charged at most once.
public sealed class Payment
{
    public const int MaxDescriptionLength = 500;
    public const int MaxReasonLength = 100;

    // The provider recorded for a payment of 0, settled without any provider call.
    public const string FreeProvider = "free";

    public Guid Id { get; private set; }
    public Guid BookingId { get; private set; }
    public Guid CustomerId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string Description { get; private set; } = "";
    public PaymentStatus Status { get; private set; }
    public string Provider { get; private set; } = "";
    public string? ProviderReference { get; private set; }
    public string? CardTokenKind { get; private set; }
    public string? FailureReason { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ProcessingStartedAt { get; private set; }
    public DateTimeOffset? CancelRequestedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    // Postgres xmin: a concurrent change makes SaveChanges fail instead of overwriting it.
    public uint Version { get; private set; }

    public List<PaymentAttempt> Attempts { get; } = [];
    public List<Refund> Refunds { get; } = [];

    // The provider sees this key on every call for this payment's charge, retries included.
    public string ChargeIdempotencyKey => $"charge-{Id}";

    public string RefundIdempotencyKey => $"refund-{Id}";

    // A CancelPayment that overtook its RequestPayment leaves a placeholder, so the request that
    // arrives later finds the payment already cancelled and can never be confirmed.
    public bool IsPlaceholder => CustomerId == Guid.Empty;

    public bool IsFree => Provider == FreeProvider;

    public static Payment Request(Guid id, Guid bookingId, Guid customerId, decimal amount, string currency,
        string description, DateTimeOffset expiresAt, string provider, DateTimeOffset now) => new()
    {
        Id = id,
        BookingId = bookingId,
        CustomerId = customerId,
        Amount = amount,
        Currency = currency.ToUpperInvariant(),
        Description = description.Length <= MaxDescriptionLength ? description : description[..MaxDescriptionLength],
        Status = PaymentStatus.RequiresConfirmation,
        Provider = provider,
        ExpiresAt = expiresAt,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static Payment CancelledBeforeRequest(Guid id, Guid bookingId, string provider, DateTimeOffset now) => new()
    {
        Id = id,
        BookingId = bookingId,
        Status = PaymentStatus.Cancelled,
        Provider = provider,
        ExpiresAt = now,
        CreatedAt = now,
        UpdatedAt = now,
        CancelRequestedAt = now,
        CompletedAt = now,
    };

    public void FillPlaceholder(Guid customerId, decimal amount, string currency, string description, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        CustomerId = customerId;
        Amount = amount;
        Currency = currency.ToUpperInvariant();
        Description = description.Length <= MaxDescriptionLength ? description : description[..MaxDescriptionLength];
        ExpiresAt = expiresAt;
        UpdatedAt = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        Status = PaymentStatus.Cancelled;
        CancelRequestedAt ??= now;
        CompletedAt = now;
        UpdatedAt = now;
    }

    // The attempt in flight decides: a success stands (Bookings refunds it), anything else cancels.
    public void RequestCancel(DateTimeOffset now)
    {
        CancelRequestedAt ??= now;
        UpdatedAt = now;
    }

    public void Succeed(string providerReference, DateTimeOffset now)
    {
        Status = PaymentStatus.Succeeded;
        ProviderReference = providerReference;
        FailureReason = null;
        CompletedAt = now;
        UpdatedAt = now;
    }

    // Nothing to take: succeeded at once, with no provider and so no provider reference.
    public void SettleFree(DateTimeOffset now)
    {
        Status = PaymentStatus.Succeeded;
        Provider = FreeProvider;
        ProviderReference = null;
        FailureReason = null;
        CompletedAt = now;
        UpdatedAt = now;
    }

    // The provider took no charge this attempt knows of: the customer may confirm again, under the same key.
    // ProcessingStartedAt stays: a charge was tried, so ending the payment must first ask the provider.
    public void ReturnToConfirmation(DateTimeOffset now)
    {
        Status = PaymentStatus.RequiresConfirmation;
        UpdatedAt = now;
    }

    // A cancel of a payment whose last charge has no known outcome: recovery asks the provider, then ends it.
    public void CancelOnceChargeIsKnown(DateTimeOffset now)
    {
        Status = PaymentStatus.Processing;
        CancelRequestedAt ??= now;
        UpdatedAt = now;
    }

    // A cancel that arrived while the attempt was in flight wins over its failure.
    public void Fail(string reason, DateTimeOffset now)
    {
        Status = CancelRequestedAt is null ? PaymentStatus.Failed : PaymentStatus.Cancelled;
        FailureReason = reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
        CompletedAt = now;
        UpdatedAt = now;
    }

    public void MarkRefunded(DateTimeOffset now)
    {
        Status = PaymentStatus.Refunded;
        UpdatedAt = now;
    }
}
