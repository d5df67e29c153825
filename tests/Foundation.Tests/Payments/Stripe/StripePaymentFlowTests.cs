using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

public sealed class StripePaymentFlowTests : IAsyncLifetime
{
    StripePaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await StripePaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Requested_payment_gets_one_PaymentIntent_keyed_by_booking_and_its_client_secret_in_the_instructions()
    {
        var customer = Guid.CreateVersion7();
        var (request, payment) = await service.RequestPaymentAsync(customer, 42.50m);
        await service.PublishAsync(request);
        await service.Published.SettleAsync();

        var create = Assert.Single(service.Stripe.RequestsTo("POST", "/v1/payment_intents"));
        Assert.Equal(request.BookingId.ToString(), create.IdempotencyKey);
        Assert.Equal($"Bearer {StripePaymentsUnderTest.SecretKey}", create.Authorization);
        Assert.Equal("4250", create.Form["amount"]);
        Assert.Equal("eur", create.Form["currency"]);
        Assert.Equal(request.PaymentId.ToString(), create.Form["metadata[payment_id]"]);
        Assert.Equal(request.BookingId.ToString(), create.Form["metadata[booking_id]"]);
        var intent = service.Stripe.IntentFor(request.PaymentId);
        Assert.Equal("RequiresConfirmation", payment.Status);
        Assert.Equal("Stripe", payment.Instructions!.Provider);
        Assert.Equal(intent["client_secret"]!.GetValue<string>(), payment.Instructions.ClientSecret);
        Assert.Equal(StripePaymentsUnderTest.PublishableKey, payment.Instructions.PublishableKey);
        Assert.Null(payment.Instructions.ConfirmUrl);
        Assert.Empty(payment.Instructions.TestCardTokens);
    }

    [Fact]
    public async Task Another_customer_does_not_see_the_client_secret()
    {
        var (request, _) = await service.RequestPaymentAsync(Guid.CreateVersion7());

        using var stranger = service.ClientFor(Guid.CreateVersion7());
        using var response = await stranger.GetAsync($"/api/payments/{request.PaymentId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Server_side_confirm_answers_409_saying_confirmation_is_client_side()
    {
        var customer = Guid.CreateVersion7();
        var (request, _) = await service.RequestPaymentAsync(customer);

        using var client = service.ClientFor(customer);
        using var response = await client.PostAsJsonAsync($"/api/payments/{request.PaymentId}/confirm", new { cardToken = "tok_success" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("confirm_client_side", problem.RootElement.GetProperty("reason").GetString());
        await service.WaitForStatusAsync(request.PaymentId, customer, "RequiresConfirmation");
    }

    [Fact]
    public async Task Succeeded_webhook_settles_the_payment_and_publishes_PaymentSucceeded()
    {
        var customer = Guid.CreateVersion7();
        var (request, _) = await service.RequestPaymentAsync(customer, 18m);
        var intent = service.Stripe.MarkSucceeded(service.Stripe.IntentFor(request.PaymentId)["id"]!.GetValue<string>());

        using var response = await service.Webhooks.SendAsync(StripeWebhookSender.Event("payment_intent.succeeded", intent));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var succeeded = await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        Assert.Equal(request.BookingId, succeeded.BookingId);
        Assert.Equal(18m, succeeded.Amount);
        Assert.Equal("Stripe", succeeded.Provider);
        var payment = await service.WaitForStatusAsync(request.PaymentId, customer, "Succeeded");
        Assert.Equal(intent["id"]!.GetValue<string>(), payment.ProviderReference);
        Assert.Null(payment.Instructions);
    }

    [Fact]
    public async Task Failed_webhook_fails_the_payment_with_the_decline_reason()
    {
        var customer = Guid.CreateVersion7();
        var (request, _) = await service.RequestPaymentAsync(customer);

        using var response = await service.Webhooks.SendAsync(
            StripeWebhookSender.PaymentFailed(service.Stripe.IntentFor(request.PaymentId), "insufficient_funds"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = await service.Published.WaitForAsync<PaymentFailed>(m => m.PaymentId == request.PaymentId, "PaymentFailed");
        Assert.Equal("insufficient_funds", failed.Reason);
        var payment = await service.WaitForStatusAsync(request.PaymentId, customer, "Failed");
        Assert.Equal("insufficient_funds", payment.FailureReason);
        Assert.Empty(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        // Bookings was told it failed, so the intent is closed against a retry in the browser.
        Assert.Equal("canceled", service.Stripe.IntentFor(request.PaymentId)["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Failure_of_an_earlier_attempt_arriving_after_the_success_changes_nothing()
    {
        var customer = Guid.CreateVersion7();
        var (request, _) = await service.RequestPaymentAsync(customer);
        var pending = service.Stripe.IntentFor(request.PaymentId);
        var earlierFailure = StripeWebhookSender.PaymentFailed(pending, "card_declined");
        var success = StripeWebhookSender.Event("payment_intent.succeeded", service.Stripe.MarkSucceeded(pending["id"]!.GetValue<string>()));

        using (await service.Webhooks.SendAsync(success)) { }
        using var late = await service.Webhooks.SendAsync(earlierFailure);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        await service.WaitForStatusAsync(request.PaymentId, customer, "Succeeded");
    }

    [Fact]
    public async Task Webhook_that_arrives_before_the_create_call_returns_settles_the_payment()
    {
        var customer = Guid.CreateVersion7();
        var webhookStatus = new TaskCompletionSource<HttpStatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        service.Stripe.BeforeAnsweringCreate = async intent =>
        {
            // The customer was quick and Stripe quicker: the success is delivered while our create call still waits.
            var succeeded = service.Stripe.MarkSucceeded(intent["id"]!.GetValue<string>());
            using var response = await service.Webhooks.SendAsync(StripeWebhookSender.Event("payment_intent.succeeded", succeeded));
            webhookStatus.TrySetResult(response.StatusCode);
        };
        var request = PaymentsUnderTest.NewRequest(customer, 30m);

        await service.PublishAsync(request);

        Assert.Equal(HttpStatusCode.OK, await webhookStatus.Task.WaitAsync(PaymentsUnderTest.Deadline));
        var succeeded = await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        Assert.Equal(30m, succeeded.Amount);
        var payment = await service.WaitForStatusAsync(request.PaymentId, customer, "Succeeded");
        Assert.Equal(service.Stripe.IntentFor(request.PaymentId)["id"]!.GetValue<string>(), payment.ProviderReference);
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
    }

    [Fact]
    public async Task CancelPayment_cancels_the_intent_and_a_success_that_raced_it_is_still_reported()
    {
        var customer = Guid.CreateVersion7();
        var (request, _) = await service.RequestPaymentAsync(customer);
        var intentId = service.Stripe.IntentFor(request.PaymentId)["id"]!.GetValue<string>();

        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "expired", DateTimeOffset.UtcNow));

        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");
        await Messaging.Eventually.HoldsAsync(() => service.Stripe.IntentFor(request.PaymentId)["status"]!.GetValue<string>() == "canceled",
            PaymentsUnderTest.Deadline, "the PaymentIntent is cancelled at Stripe");
        var cancel = Assert.Single(service.Stripe.RequestsTo("POST", $"/v1/payment_intents/{intentId}/cancel"));
        Assert.Equal($"cancel-{request.PaymentId}", cancel.IdempotencyKey);

        // A browser that confirmed just before the cancel: Stripe reports the success, and Bookings refunds it.
        var raced = (System.Text.Json.Nodes.JsonObject)service.Stripe.IntentFor(request.PaymentId).DeepClone();
        raced["status"] = "succeeded";
        using var response = await service.Webhooks.SendAsync(StripeWebhookSender.Event("payment_intent.succeeded", raced));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "late PaymentSucceeded");
        await service.WaitForStatusAsync(request.PaymentId, customer, "Succeeded");
    }
}
