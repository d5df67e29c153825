using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Payments.Service.Apis;
using Payments.Service.Infrastructure;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.Authentication;
using Platform.Foundation.Tests.Messaging;
using Platform.Foundation.Tests.NotificationsService;
using Platform.Foundation.Tests.Services;
using Platform.Testing;

namespace Platform.Foundation.Tests.PaymentsService;

// Payments.Service in-process on the real Postgres and RabbitMQ, with a token issuer standing in for Auth
// and a test queue that records every payment outcome the service publishes.
public sealed class PaymentsUnderTest : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    readonly TestTokenIssuer issuer;

    PaymentsUnderTest(TestTokenIssuer issuer, ServiceFactory<PaymentsDbContext> factory, PublishedPaymentMessages published)
    {
        this.issuer = issuer;
        Factory = factory;
        Published = published;
    }

    public ServiceFactory<PaymentsDbContext> Factory { get; }

    public PublishedPaymentMessages Published { get; }

    public string ObserverQueue { get; private init; } = "";

    // The same database and virtual host, for a second instance that takes over from this one.
    public Dictionary<string, string?> SharedStorage => new()
    {
        ["ConnectionStrings:paymentsdb"] = Factory.Settings["ConnectionStrings:paymentsdb"],
        ["ConnectionStrings:rabbitmq"] = Factory.Settings["ConnectionStrings:rabbitmq"],
    };

    public PaymentLedger Ledger => new(Factory.Settings["ConnectionStrings:paymentsdb"]!);

    // Short timeouts and back-offs so failure paths take a second or two, not minutes.
    // observerQueue: give the queue of an earlier instance to keep receiving what it would have.
    // testServices: registrations in place of the service's own (a provider that counts its calls).
    public static async Task<PaymentsUnderTest> StartAsync(
        IDictionary<string, string?>? settings = null, string? observerQueue = null, Action<IServiceCollection>? testServices = null)
    {
        var issuer = await TestTokenIssuer.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Platform:JwksUrl"] = issuer.JwksUrl,
            ["Messaging:RelayPollInterval"] = "00:00:00.200",
            ["Payments:WorkerPollInterval"] = "00:00:00.200",
            ["Payments:StuckAfter"] = "00:00:02",
            ["Payments:FirstRefundRetryDelay"] = "00:00:00.100",
            ["Payments:Resilience:AttemptTimeout"] = "00:00:01.500",
            ["Payments:Resilience:MaxRetryAttempts"] = "2",
            ["Payments:Resilience:RetryDelay"] = "00:00:00.050",
            ["Payments:Simulated:LateDelay"] = "00:00:01",
            ["Payments:Simulated:SlowDelay"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var factory = await ServiceFactory<PaymentsDbContext>.CreateAsync("paymentsdb", all, testServices: testServices);
        using (var client = factory.CreateClient())
            await client.WaitUntilHealthyAsync();

        var queue = observerQueue ?? $"payments-observer-{Guid.NewGuid():N}";
        var published = await PublishedPaymentMessages.ObserveAsync(
            factory.Services.GetRequiredService<IBus>(), factory.Settings["ConnectionStrings:paymentsdb"]!, queue);
        return new PaymentsUnderTest(issuer, factory, published) { ObserverQueue = queue };
    }

    public HttpClient ClientFor(Guid customerId)
    {
        var client = Factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", issuer.AccessToken(customerId, Mailbox.UniqueAddress("buyer"), emailVerified: true));
        return client;
    }

    public HttpClient AnonymousClient() => Factory.CreateClient();

    public async Task<Guid> PublishAsync<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class
    {
        var id = messageId ?? Guid.CreateVersion7();
        Published.Handled.Published(id);
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
        return id;
    }

    public static RequestPayment NewRequest(Guid customerId, decimal amount = 42.50m, TimeSpan? expiresIn = null) => new(
        Guid.CreateVersion7(),
        Guid.CreateVersion7(),
        customerId,
        amount,
        "EUR",
        "2 x Standing, Harbour Jazz Night",
        DateTimeOffset.UtcNow + (expiresIn ?? TimeSpan.FromMinutes(10)),
        DateTimeOffset.UtcNow);

    // Publishes RequestPayment and waits until the customer can read the payment.
    public async Task<RequestPayment> RequestPaymentAsync(Guid customerId, decimal amount = 42.50m, TimeSpan? expiresIn = null)
    {
        var request = NewRequest(customerId, amount, expiresIn);
        await PublishAsync(request);
        await WaitForPaymentAsync(request.PaymentId, customerId, "RequiresConfirmation");
        return request;
    }

    public async Task<PaymentResponse> WaitForPaymentAsync(Guid paymentId, Guid customerId, string status)
    {
        using var client = ClientFor(customerId);
        PaymentResponse? payment = null;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await client.GetAsync($"/api/payments/{paymentId}");
            payment = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<PaymentResponse>() : null;
            return payment?.Status == status;
        }, Deadline, $"payment {paymentId} reaches {status} (last seen {payment?.Status ?? "nothing"})");
        return payment!;
    }

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, Guid paymentId, string cardToken) =>
        client.PostAsJsonAsync($"/api/payments/{paymentId}/confirm", new { cardToken });

    public async ValueTask DisposeAsync()
    {
        await Published.DisposeAsync();
        await Factory.DisposeAsync();
        await issuer.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
