using System.Net;
using Microsoft.Extensions.Options;
using Stripe;

namespace Payments.Service.Providers.Stripe;

// The few Stripe endpoints Payments uses, through Stripe.net. Stripe.net's own retries are off (the
// Polly pipeline retries); transient trouble becomes PaymentProviderUnavailableException, with a
// message that never carries a key.
public sealed class StripeApi : IDisposable
{
    readonly HttpClient http;
    readonly StripeClient client;

    public StripeApi(IOptions<StripeOptions> options)
    {
        var settings = options.Value;
        // Not from IHttpClientFactory: the platform's standard resilience handler would retry under the pipeline's retries.
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client = new StripeClient(
            apiKey: settings.SecretKey,
            httpClient: new SystemNetHttpClient(http, maxNetworkRetries: 0, appInfo: null, enableTelemetry: false),
            apiBase: settings.BaseUrl.TrimEnd('/'));
    }

    public Task<PaymentIntent> CreateIntentAsync(PaymentIntentCreateOptions options, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(() => new PaymentIntentService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));

    public Task<PaymentIntent> GetIntentAsync(string intentId, CancellationToken cancellationToken) =>
        CallAsync(() => new PaymentIntentService(client).GetAsync(intentId, null, null, cancellationToken));

    public Task<PaymentIntent> CancelIntentAsync(string intentId, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(() => new PaymentIntentService(client).CancelAsync(intentId, null, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));

    public Task<Refund> CreateRefundAsync(RefundCreateOptions options, string idempotencyKey, CancellationToken cancellationToken) =>
        CallAsync(() => new RefundService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));

    static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException exception) when (IsTransient(exception.HttpStatusCode))
        {
            throw new PaymentProviderUnavailableException($"Stripe answered {(int)exception.HttpStatusCode} ({exception.StripeError?.Type ?? "no error type"}).");
        }
        catch (HttpRequestException exception)
        {
            throw new PaymentProviderUnavailableException($"Stripe could not be reached ({exception.HttpRequestError}).");
        }
    }

    // 0 means no HTTP answer at all; 409 is Stripe's "same idempotency key still in flight".
    static bool IsTransient(HttpStatusCode status) =>
        status == 0 || status == HttpStatusCode.Conflict || status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    public void Dispose() => http.Dispose();
}
