using System.Net;
using Microsoft.Extensions.Options;
using Payments.Service.Infrastructure;
using Platform.Contracts.Payments;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

public sealed class StripeConfigurationTests
{
    [Theory]
    [InlineData("Payments:Stripe:SecretKey", null, "Payments:Stripe:SecretKey")]
    [InlineData("Payments:Stripe:SecretKey", "pk_test_notasecretkey", "Payments:Stripe:SecretKey")]
    [InlineData("Payments:Stripe:WebhookSecret", null, "Payments:Stripe:WebhookSecret")]
    [InlineData("Payments:Stripe:BaseUrl", "not a url", "Payments:Stripe:BaseUrl")]
    public async Task Stripe_without_valid_settings_stops_the_service_at_start_naming_the_setting(string key, string? value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Payments:Provider"] = "Stripe",
            ["Payments:Stripe:SecretKey"] = StripePaymentsUnderTest.SecretKey,
            ["Payments:Stripe:WebhookSecret"] = StripePaymentsUnderTest.WebhookSecret,
            [key] = value,
        };
        await using var factory = await ServiceFactory<PaymentsDbContext>.CreateAsync("paymentsdb", settings);

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Chain(failure).Select(e => e.Message));
        Assert.Contains(named, messages);
        Assert.Contains(Chain(failure), e => e is OptionsValidationException);
        Assert.DoesNotContain(StripePaymentsUnderTest.SecretKey, messages);
    }

    [Fact]
    public async Task Keys_and_client_secrets_never_reach_the_logs()
    {
        await using var service = await StripePaymentsUnderTest.StartAsync();
        var customer = Guid.CreateVersion7();
        var (request, payment) = await service.RequestPaymentAsync(customer);
        var intent = service.Stripe.MarkSucceeded(service.Stripe.IntentFor(request.PaymentId)["id"]!.GetValue<string>());
        using (await service.Webhooks.SendRawAsync("{}", p => StripeWebhookSender.Signature(p, "whsec_forged", DateTimeOffset.UtcNow))) { }
        using (await service.Webhooks.SendAsync(StripeWebhookSender.Event("payment_intent.succeeded", intent))) { }
        await service.PublishAsync(new RefundPayment(request.PaymentId, request.BookingId, "cancelled", DateTimeOffset.UtcNow));
        await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");

        var lines = service.Log.Lines.ToList();
        Assert.Contains(lines, l => l.Contains(request.PaymentId.ToString()));
        Assert.All(service.Stripe.Requests, r => Assert.Equal($"Bearer {StripePaymentsUnderTest.SecretKey}", r.Authorization));
        Assert.DoesNotContain(lines, l => l.Contains(StripePaymentsUnderTest.SecretKey));
        Assert.DoesNotContain(lines, l => l.Contains(StripePaymentsUnderTest.WebhookSecret));
        Assert.DoesNotContain(lines, l => l.Contains(payment.Instructions!.ClientSecret!));
        Assert.DoesNotContain(lines, l => l.Contains("v1="));
    }

    [Fact]
    public async Task Webhook_endpoint_is_404_when_the_provider_is_Simulated()
    {
        await using var service = await PaymentsUnderTest.StartAsync();
        using var client = service.AnonymousClient();

        using var response = await client.PostAsync(StripeWebhookSender.Path, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                    yield return inner;
        }
    }
}
