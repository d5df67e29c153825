using System.Net;
using System.Text.Json;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

public sealed class StripeWebhookDeliveryTests : IAsyncLifetime
{
    StripePaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await StripePaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    // forged: another secret; tampered: body changed after signing; old: signed 10 minutes ago.
    [Theory]
    [InlineData("forged")]
    [InlineData("tampered")]
    [InlineData("old")]
    [InlineData("missing")]
    [InlineData("garbage")]
    public async Task Webhook_without_a_valid_signature_is_rejected_with_400_and_changes_nothing(string kind)
    {
        var customer = Guid.CreateVersion7();
        var (request, _) = await service.RequestPaymentAsync(customer);
        var intent = service.Stripe.MarkSucceeded(service.Stripe.IntentFor(request.PaymentId)["id"]!.GetValue<string>());
        var stripeEvent = StripeWebhookSender.Event("payment_intent.succeeded", intent);
        var payload = stripeEvent.ToJsonString();
        var secret = StripePaymentsUnderTest.WebhookSecret;

        using var response = kind switch
        {
            "forged" => await service.Webhooks.SendRawAsync(payload, p => StripeWebhookSender.Signature(p, "whsec_SomeoneElsesSecret", DateTimeOffset.UtcNow)),
            "tampered" => await service.Webhooks.SendRawAsync(payload.Replace("\"amount\":4250", "\"amount\":1"),
                _ => StripeWebhookSender.Signature(payload, secret, DateTimeOffset.UtcNow)),
            "old" => await service.Webhooks.SendRawAsync(payload, p => StripeWebhookSender.Signature(p, secret, DateTimeOffset.UtcNow.AddMinutes(-10))),
            "missing" => await service.Webhooks.SendRawAsync(payload, _ => null),
            _ => await service.Webhooks.SendRawAsync(payload, _ => "not-a-signature"),
        };

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("stripeSignature", out _));
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentSucceeded>());
        await service.WaitForStatusAsync(request.PaymentId, customer, "RequiresConfirmation");

        // The rejected event was not recorded: Stripe's genuine delivery of it still counts.
        using var genuine = await service.Webhooks.SendAsync(stripeEvent);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
    }

    [Fact]
    public async Task Duplicate_webhook_is_acknowledged_and_ignored_so_PaymentSucceeded_is_published_once()
    {
        var customer = Guid.CreateVersion7();
        var (request, _) = await service.RequestPaymentAsync(customer);
        var intent = service.Stripe.MarkSucceeded(service.Stripe.IntentFor(request.PaymentId)["id"]!.GetValue<string>());
        var stripeEvent = StripeWebhookSender.Event("payment_intent.succeeded", intent);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => service.Webhooks.SendAsync(stripeEvent)));
        using var redelivered = await service.Webhooks.SendAsync(stripeEvent);

        Assert.All(responses.Append(redelivered), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task Webhook_for_a_payment_intent_that_is_not_ours_is_acknowledged_and_changes_nothing()
    {
        var stranger = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "pi_from_another_integration",
            ["object"] = "payment_intent",
            ["amount"] = 1000,
            ["currency"] = "eur",
            ["status"] = "succeeded",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
        };

        using var response = await service.Webhooks.SendAsync(StripeWebhookSender.Event("payment_intent.succeeded", stranger));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentSucceeded>());
    }
}
