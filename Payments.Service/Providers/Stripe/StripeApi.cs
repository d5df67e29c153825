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

    // Stripe.net objects print their whole JSON (client secret included), so none leaves this class.
    public async Task<StripeIntentCreated> CreateIntentAsync(PaymentIntentCreateOptions options, string idempotencyKey, CancellationToken cancellationToken)
    {
        var intent = await CallAsync(() => new PaymentIntentService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));
        return new StripeIntentCreated(intent.Id, intent.ClientSecret);
    }

    // The intent's status: requires_payment_method, succeeded, canceled, ...
    public async Task<string> GetIntentStatusAsync(string intentId, CancellationToken cancellationToken) =>
        (await CallAsync(() => new PaymentIntentService(client).GetAsync(intentId, null, null, cancellationToken))).Status;

    public async Task<string> CancelIntentAsync(string intentId, string idempotencyKey, CancellationToken cancellationToken) =>
        (await CallAsync(() => new PaymentIntentService(client).CancelAsync(intentId, null, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken))).Status;

    // The refund's id.
    public async Task<string> CreateRefundAsync(RefundCreateOptions options, string idempotencyKey, CancellationToken cancellationToken) =>
        (await CallAsync(() => new RefundService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken))).Id;

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
