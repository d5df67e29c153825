using System.Diagnostics;
using Payments.Service.Domain;
using Payments.Service.Providers;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace Payments.Service.Resilience;

// Every provider call goes through the pipeline here and is logged as an attempt.
public sealed class ResilientPaymentProvider(
    IPaymentProvider provider,
    ResiliencePipelineProvider<string> pipelines,
    TimeProvider time,
    ILogger<ResilientPaymentProvider> logger)
{
    readonly ResiliencePipeline pipeline = pipelines.GetPipeline(PaymentProviderPipeline.Name);

    public string ProviderName => provider.Name;

    public Task<ProviderCall<ChargeOutcome>> ChargeAsync(ChargeRequest request, string? tokenKind, CancellationToken cancellationToken) =>
        RunAsync(request.PaymentId, AttemptKind.Charge, tokenKind,
            token => provider.ChargeAsync(request, token),
            outcome => outcome.Succeeded ? "succeeded" : outcome.DeclineReason ?? "declined",
            cancellationToken);

    // A lookup that finds nothing answers Result null without being unavailable.
    public async Task<ProviderCall<ChargeOutcome>> FindChargeAsync(Guid paymentId, string idempotencyKey, CancellationToken cancellationToken)
    {
        var call = await RunAsync<LookupResult>(paymentId, AttemptKind.ChargeLookup, null,
            async token => new LookupResult(await provider.FindChargeAsync(idempotencyKey, token)),
            found => found.Outcome is null ? "not_found" : found.Outcome.Succeeded ? "succeeded" : found.Outcome.DeclineReason ?? "declined",
            cancellationToken);
        return new ProviderCall<ChargeOutcome>(call.Result?.Outcome, call.UnavailableBecause, call.Attempts);
    }

    public Task<ProviderCall<RefundOutcome>> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.PaymentId, AttemptKind.Refund, null,
            token => provider.RefundAsync(request, token),
            _ => "refunded",
            cancellationToken);

    async Task<ProviderCall<T>> RunAsync<T>(
        Guid paymentId,
        AttemptKind kind,
        string? tokenKind,
        Func<CancellationToken, Task<T>> call,
        Func<T, string> describe,
        CancellationToken cancellationToken) where T : class
    {
        var attempts = new List<PaymentAttempt>();
        try
        {
            var result = await pipeline.ExecuteAsync(async token =>
            {
                var startedAt = time.GetUtcNow();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var answer = await call(token);
                    attempts.Add(PaymentAttempt.Record(paymentId, kind, tokenKind, describe(answer), null, startedAt, Stopwatch.GetElapsedTime(started)));
                    return answer;
                }
                catch (Exception exception) when (exception is PaymentProviderUnavailableException or OperationCanceledException)
                {
                    var timedOut = exception is OperationCanceledException && !cancellationToken.IsCancellationRequested;
                    attempts.Add(PaymentAttempt.Record(paymentId, kind, tokenKind, timedOut ? "timeout" : "unavailable",
                        timedOut ? "No answer within the attempt timeout." : exception.Message, startedAt, Stopwatch.GetElapsedTime(started)));
                    throw;
                }
            }, cancellationToken);
            return new ProviderCall<T>(result, null, attempts);
        }
        catch (BrokenCircuitException)
        {
            logger.LogWarning("Payment provider {Provider} circuit is open: {Kind} for payment {PaymentId} failed fast", provider.Name, kind, paymentId);
            attempts.Add(PaymentAttempt.Record(paymentId, kind, tokenKind, "circuit_open", "The circuit breaker is open.", time.GetUtcNow(), TimeSpan.Zero));
            return new ProviderCall<T>(null, "The payment provider is unavailable (circuit open).", attempts);
        }
        catch (Exception exception) when (exception is PaymentProviderUnavailableException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Payment provider {Provider} unavailable after {Calls} calls: {Kind} for payment {PaymentId}", provider.Name, attempts.Count, kind, paymentId);
            return new ProviderCall<T>(null, "The payment provider did not answer.", attempts);
        }
    }

    sealed record LookupResult(ChargeOutcome? Outcome);
}
