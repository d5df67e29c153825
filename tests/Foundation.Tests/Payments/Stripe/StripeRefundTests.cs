using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

public sealed class StripeRefundTests : IAsyncLifetime
{
    StripePaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await StripePaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Refund_goes_through_Stripe_refund_api_once_and_its_charge_refunded_webhook_adds_nothing()
    {
        var customer = Guid.CreateVersion7();
        var (request, intent) = await PaidAsync(customer, 64m);
        var refund = new RefundPayment(request.PaymentId, request.BookingId, "cancelled", DateTimeOffset.UtcNow);

        await service.PublishAsync(refund);
        await service.PublishAsync(refund);
        var refunded = await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");

        var call = Assert.Single(service.Stripe.RequestsTo("POST", "/v1/refunds"));
        Assert.Equal($"refund-{request.PaymentId}", call.IdempotencyKey);
        Assert.Equal(intent["id"]!.GetValue<string>(), call.Form["payment_intent"]);
        Assert.Equal("6400", call.Form["amount"]);
        Assert.Equal(64m, refunded.Amount);
        Assert.Equal("cancelled", refunded.Reason);
        var payment = await service.WaitForStatusAsync(request.PaymentId, customer, "Refunded");
        var shown = Assert.Single(payment.Refunds);
        Assert.StartsWith("re_", shown.ProviderReference);

        using var webhook = await service.Webhooks.SendAsync(StripeWebhookSender.ChargeRefunded(intent, shown.ProviderReference!));
        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentRefunded>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.RefundRowsAsync(request.PaymentId));
    }

    [Fact]
    public async Task Refund_made_in_Stripe_itself_is_recorded_from_the_charge_refunded_webhook()
    {
        var customer = Guid.CreateVersion7();
        var (request, intent) = await PaidAsync(customer, 25m);

        using var webhook = await service.Webhooks.SendAsync(StripeWebhookSender.ChargeRefunded(intent, "re_from_dashboard"));

        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
        var refunded = await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");
        Assert.Equal(25m, refunded.Amount);
        var payment = await service.WaitForStatusAsync(request.PaymentId, customer, "Refunded");
        Assert.Equal("re_from_dashboard", Assert.Single(payment.Refunds).ProviderReference);
        Assert.Empty(service.Stripe.RequestsTo("POST", "/v1/refunds"));
    }

    async Task<(RequestPayment Request, System.Text.Json.Nodes.JsonObject Intent)> PaidAsync(Guid customer, decimal amount)
    {
        var (request, _) = await service.RequestPaymentAsync(customer, amount);
        var intent = service.Stripe.MarkSucceeded(service.Stripe.IntentFor(request.PaymentId)["id"]!.GetValue<string>());
        using (await service.Webhooks.SendAsync(StripeWebhookSender.Event("payment_intent.succeeded", intent))) { }
        await service.WaitForStatusAsync(request.PaymentId, customer, "Succeeded");
        return (request, intent);
    }
}
