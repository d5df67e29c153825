using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

// Stripe refuses a PaymentIntent of 0, so a free booking must never reach it: not to pay, not to refund.
public sealed class StripeFreePaymentTests : IAsyncLifetime
{
    StripePaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await StripePaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Free_payment_with_Stripe_succeeds_and_is_refunded_without_any_call_to_Stripe()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer, 0m);

        await service.PublishAsync(request);
        var succeeded = await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        var payment = await service.WaitForStatusAsync(request.PaymentId, customer, "Succeeded");
        Assert.Equal(("free", 0m), (succeeded.Provider, succeeded.Amount));
        Assert.Equal(("free", null, null), (payment.Instructions!.Provider, payment.Instructions.ClientSecret, payment.Instructions.PublishableKey));

        using (var client = service.ClientFor(customer))
        using (var confirm = await client.PostAsJsonAsync($"/api/payments/{request.PaymentId}/confirm", new { cardToken = "pm_card_visa" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
            Assert.Equal("nothing_to_pay", (await confirm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
        }

        await service.PublishAsync(new RefundPayment(request.PaymentId, request.BookingId, "cancelled", DateTimeOffset.UtcNow));
        var refunded = await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");
        await service.Published.SettleAsync();

        Assert.Equal(0m, refunded.Amount);
        Assert.Empty(service.Stripe.Requests);
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
    }
}
