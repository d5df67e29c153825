using Payments.Service.Domain;

namespace Payments.Service.Resilience;

// What one resilient provider operation came to: a result, or unavailable after retries (or with the
// breaker open), plus one attempt row per call the provider actually saw.
public sealed record ProviderCall<T>(T? Result, string? UnavailableBecause, IReadOnlyList<PaymentAttempt> Attempts)
    where T : class
{
    public bool Unavailable => UnavailableBecause is not null;
}
