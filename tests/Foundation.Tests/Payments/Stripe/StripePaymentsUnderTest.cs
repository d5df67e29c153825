using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Payments.Service.Apis;
using Payments.Service.Infrastructure;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.Authentication;
using Platform.Foundation.Tests.Messaging;
using Platform.Foundation.Tests.NotificationsService;
using Platform.Foundation.Tests.Services;
using Platform.Testing;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

// Payments.Service in-process with Payments:Provider=Stripe pointed at a local Stripe stand-in, on the
// real Postgres and RabbitMQ, with its logs captured and its published payment messages observed.
public sealed class StripePaymentsUnderTest : IAsyncDisposable
{
    public const string SecretKey = "sk_test_51StandInSecretKeyNeverLogged";
    public const string WebhookSecret = "whsec_StandInWebhookSecretNeverLogged";
    public const string PublishableKey = "pk_test_51StandInPublishableKey";

    readonly TestTokenIssuer issuer;
    readonly ServiceFactory<PaymentsDbContext> baseFactory;

    StripePaymentsUnderTest(TestTokenIssuer issuer, ServiceFactory<PaymentsDbContext> baseFactory, WebApplicationFactory<PaymentsDbContext> factory,
        StripeStandIn stripe, CapturedLog log, PublishedPaymentMessages published)
    {
        this.issuer = issuer;
        this.baseFactory = baseFactory;
        Factory = factory;
        Stripe = stripe;
        Log = log;
        Published = published;
        Webhooks = new StripeWebhookSender(factory.CreateClient(), WebhookSecret);
    }

    public WebApplicationFactory<PaymentsDbContext> Factory { get; }

    public StripeStandIn Stripe { get; }

    public CapturedLog Log { get; }

    public PublishedPaymentMessages Published { get; }

    public StripeWebhookSender Webhooks { get; }

    public PaymentLedger Ledger => new(baseFactory.Settings["ConnectionStrings:paymentsdb"]!);

    public static async Task<StripePaymentsUnderTest> StartAsync()
    {
        var stripe = await StripeStandIn.StartAsync();
        var issuer = await TestTokenIssuer.StartAsync();
        var baseFactory = await ServiceFactory<PaymentsDbContext>.CreateAsync("paymentsdb", new Dictionary<string, string?>
        {
            ["Platform:JwksUrl"] = issuer.JwksUrl,
            ["Messaging:RelayPollInterval"] = "00:00:00.200",
            ["Messaging:RetryIntervals:0"] = "00:00:00.200",
            ["Messaging:RetryIntervals:1"] = "00:00:00.500",
            ["Messaging:RetryIntervals:2"] = "00:00:01",
            ["Payments:Provider"] = "Stripe",
            ["Payments:Stripe:SecretKey"] = SecretKey,
            ["Payments:Stripe:WebhookSecret"] = WebhookSecret,
            ["Payments:Stripe:PublishableKey"] = PublishableKey,
            ["Payments:Stripe:BaseUrl"] = stripe.BaseUrl,
            ["Payments:WorkerPollInterval"] = "00:00:00.200",
            ["Payments:FirstRefundRetryDelay"] = "00:00:00.100",
            ["Payments:Resilience:AttemptTimeout"] = "00:00:05",
            ["Payments:Resilience:MaxRetryAttempts"] = "2",
            ["Payments:Resilience:RetryDelay"] = "00:00:00.050",
        });
        var log = new CapturedLog();
        var factory = baseFactory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(log)));
        using (var client = factory.CreateClient())
            await client.WaitUntilHealthyAsync();

        var published = await PublishedPaymentMessages.ObserveAsync(
            factory.Services.GetRequiredService<IBus>(), baseFactory.Settings["ConnectionStrings:paymentsdb"]!, $"stripe-observer-{Guid.NewGuid():N}");
        return new StripePaymentsUnderTest(issuer, baseFactory, factory, stripe, log, published);
    }

    public HttpClient ClientFor(Guid customerId)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", issuer.AccessToken(customerId, Mailbox.UniqueAddress("buyer"), emailVerified: true));
        return client;
    }

    public async Task PublishAsync<TMessage>(TMessage message) where TMessage : class
    {
        var id = Guid.CreateVersion7();
        Published.Handled.Published(id);
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
    }

    // Publishes RequestPayment and waits until the customer's instructions carry the intent's client secret.
    public async Task<(RequestPayment Request, PaymentResponse Payment)> RequestPaymentAsync(Guid customerId, decimal amount = 42.50m)
    {
        var request = PaymentsUnderTest.NewRequest(customerId, amount);
        await PublishAsync(request);
        var payment = await WaitForPaymentAsync(request.PaymentId, customerId, p => p.Instructions?.ClientSecret is not null, "has a client secret");
        return (request, payment);
    }

    public async Task<PaymentResponse> WaitForPaymentAsync(Guid paymentId, Guid customerId, Func<PaymentResponse, bool> condition, string what)
    {
        using var client = ClientFor(customerId);
        PaymentResponse? payment = null;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await client.GetAsync($"/api/payments/{paymentId}");
            payment = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<PaymentResponse>() : null;
            return payment is not null && condition(payment);
        }, PaymentsUnderTest.Deadline, $"payment {paymentId} {what} (last seen {payment?.Status ?? "nothing"})");
        return payment!;
    }

    public Task<PaymentResponse> WaitForStatusAsync(Guid paymentId, Guid customerId, string status) =>
        WaitForPaymentAsync(paymentId, customerId, p => p.Status == status, $"reaches {status}");

    public async ValueTask DisposeAsync()
    {
        await Published.DisposeAsync();
        await Factory.DisposeAsync();
        await baseFactory.DisposeAsync();
        await issuer.DisposeAsync();
        await Stripe.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
