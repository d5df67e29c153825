using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class CancelDuringFailingChargeTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Payments:Resilience:AttemptTimeout"] = "00:00:01",
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Cancel_during_a_charge_that_then_fails_ends_Cancelled_with_PaymentCancelled_only()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        var confirming = PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_slow");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Processing");
        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold-expired", DateTimeOffset.UtcNow));
        await Messaging.Eventually.HoldsAsync(() => service.Ledger.CancelRequestedAsync(request.PaymentId),
            PaymentsUnderTest.Deadline, "the cancel is recorded while the charge is in flight");
        using var response = await confirming;

        // The hold ended during the outage: the customer is told so, not to try again.
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("payment_cancelled", await ConfirmTests.ReasonAsync(response));
        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Cancelled");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }
}
