using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class ServiceRestartTests
{
    [Fact]
    public async Task Charge_interrupted_by_a_stop_is_finished_by_the_next_instance_without_a_charge()
    {
        var slowCharge = new Dictionary<string, string?>
        {
            ["Payments:Simulated:LateDelay"] = "00:00:10",
            ["Payments:Resilience:AttemptTimeout"] = "00:00:20",
        };
        var customer = Guid.CreateVersion7();
        RequestPayment request;
        Dictionary<string, string?> storage;
        string observerQueue;
        await using (var first = await PaymentsUnderTest.StartAsync(slowCharge))
        {
            storage = first.SharedStorage;
            observerQueue = first.ObserverQueue;
            request = await first.RequestPaymentAsync(customer);
            using var client = first.ClientFor(customer);
            var confirming = PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success_late");
            await first.WaitForPaymentAsync(request.PaymentId, customer, "Processing");
            // Stopping cancels the call at the provider; the confirm's own answer is lost with the instance.
            _ = confirming.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }

        await using var second = await PaymentsUnderTest.StartAsync(storage, observerQueue);

        var failed = await second.Published.WaitForAsync<PaymentFailed>(m => m.PaymentId == request.PaymentId, "PaymentFailed after restart");
        Assert.Equal("provider_unavailable", failed.Reason);
        await second.WaitForPaymentAsync(request.PaymentId, customer, "Failed");
        Assert.Equal(0, await second.Ledger.ProviderChargesAsync(request.PaymentId));
        using var client2 = second.ClientFor(customer);
        using var again = await PaymentsUnderTest.ConfirmAsync(client2, request.PaymentId, "tok_success");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
