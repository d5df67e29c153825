using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class CancelPaymentTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        // Long enough for the test to cancel while the charge is still at the provider.
        ["Payments:Simulated:LateDelay"] = "00:00:02",
        ["Payments:Resilience:AttemptTimeout"] = "00:00:05",
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Cancel_before_confirm_cancels_publishes_PaymentCancelled_and_confirm_is_then_409()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);

        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold-expired", DateTimeOffset.UtcNow));

        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Cancelled");
        using var client = service.ClientFor(customer);
        using var confirm = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        Assert.Equal("payment_cancelled", await ConfirmTests.ReasonAsync(confirm));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Cancel_during_a_charge_that_succeeds_still_records_and_publishes_the_success()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        var confirming = PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success_late");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Processing");
        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold-expired", DateTimeOffset.UtcNow));
        await Platform.Foundation.Tests.Messaging.Eventually.HoldsAsync(() => service.Ledger.CancelRequestedAsync(request.PaymentId),
            PaymentsUnderTest.Deadline, "the cancel is recorded while the charge is in flight");
        using var response = await confirming;


        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentCancelled>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Cancel_after_success_changes_nothing()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);
        using (var confirm = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success"))
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);

        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold-expired", DateTimeOffset.UtcNow));
        await service.Published.SettleAsync();

        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Succeeded");
        Assert.False(payment.CancelRequested);
        Assert.Empty(service.Published.Of<PaymentCancelled>(m => m.PaymentId == request.PaymentId));
    }

    [Fact]
    public async Task Cancel_that_overtakes_its_request_leaves_the_payment_cancelled_for_good()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer);

        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold-expired", DateTimeOffset.UtcNow));
        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");
        await service.PublishAsync(request);

        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Cancelled");
        Assert.Equal(request.Amount, payment.Amount);
        using var client = service.ClientFor(customer);
        using var confirm = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }
}
