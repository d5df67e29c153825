using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class RefundFailureTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Payments:Simulated:RefundsUnavailable"] = "true",
        ["Payments:MaxRefundAttempts"] = "3",
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Refund_the_provider_keeps_refusing_is_retried_then_RefundFailed_is_published()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using (var client = service.ClientFor(customer))
        using (var confirm = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success"))
            Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);

        await service.PublishAsync(new RefundPayment(request.PaymentId, request.BookingId, "cancelled", DateTimeOffset.UtcNow));

        var failed = await service.Published.WaitForAsync<RefundFailed>(m => m.PaymentId == request.PaymentId, "RefundFailed");
        Assert.Equal(request.BookingId, failed.BookingId);
        Assert.Equal("provider_unavailable", failed.Reason);
        Assert.Empty(service.Published.Of<PaymentRefunded>());
        Assert.Equal(0, await service.Ledger.ProviderRefundsAsync(request.PaymentId));
        Assert.Equal(3, await service.Ledger.RefundTriesAsync(request.PaymentId));
        var refundCalls = (await service.Ledger.AttemptsAsync(request.PaymentId)).Where(a => a.Kind == "Refund").ToList();
        // Each try is a call and two pipeline retries, until the failures open the breaker.
        Assert.InRange(refundCalls.Count, 7, 9);
        Assert.All(refundCalls, a => Assert.Contains(a.Outcome, new[] { "unavailable", "circuit_open" }));
        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Succeeded");
        Assert.Equal("Failed", Assert.Single(payment.Refunds).Status);
    }
}
