using Microsoft.Extensions.Options;
using Payments.Service.Providers;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Payments.Service.Resilience;

// Retry (outermost, transient errors only, same idempotency key) -> circuit breaker -> per-attempt timeout.
// Declines are answers, not errors, so they pass straight through.
public static class PaymentProviderPipeline
{
    public const string Name = "payment-provider";

    public static IServiceCollection AddPaymentProviderPipeline(this IServiceCollection services)
    {
        services.AddOptions<PaymentResilienceOptions>()
            .BindConfiguration(PaymentResilienceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddResiliencePipeline(Name, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<PaymentResilienceOptions>>().Value;
            var transient = new PredicateBuilder()
                .Handle<PaymentProviderUnavailableException>()
                .Handle<TimeoutRejectedException>();
            if (options.MaxRetryAttempts > 0)
            {
                pipeline.AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = transient,
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
            }
            pipeline
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions
                {
                    ShouldHandle = transient,
                    FailureRatio = options.BreakerFailureRatio,
                    MinimumThroughput = options.BreakerMinimumThroughput,
                    SamplingDuration = options.BreakerSamplingDuration,
                    BreakDuration = options.BreakDuration,
                })
                .AddTimeout(options.AttemptTimeout);
        });
        return services;
    }
}
