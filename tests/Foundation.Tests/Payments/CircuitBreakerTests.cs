using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class CircuitBreakerTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Payments:Resilience:BreakerMinimumThroughput"] = "4",
        ["Payments:Resilience:BreakerFailureRatio"] = "0.5",
        ["Payments:Resilience:BreakDuration"] = "00:01:00",
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Repeated_provider_failures_open_the_breaker_and_the_next_confirm_fails_fast_without_calling_the_provider_and_stays_open()
    {
        var customer = Guid.CreateVersion7();
        using var client = service.ClientFor(customer);
        for (var i = 0; i < 2; i++)
        {
            var failing = await service.RequestPaymentAsync(customer);
            using var response = await PaymentsUnderTest.ConfirmAsync(client, failing.PaymentId, "tok_unavailable");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
        var request = await service.RequestPaymentAsync(customer);

        using var fast = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, fast.StatusCode);
        Assert.Equal("provider_unavailable", await ConfirmTests.ReasonAsync(fast));
        ConfirmTests.AssertRetryAfter(fast);
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        var attempts = await service.Ledger.AttemptsAsync(request.PaymentId);
        Assert.All(attempts, a => Assert.Equal("circuit_open", a.Outcome));
        // Nobody learned whether money moved, so nothing failed: the customer may confirm again.
        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>());
    }
}
