using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class ServiceRestartTests
{
    [Fact]
    public async Task Charge_interrupted_by_a_stop_is_handed_back_by_the_next_instance_and_the_next_confirm_charges_once()
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

        // The provider has no charge under the key: the payment is open again, not failed.
        await Messaging.Eventually.HoldsAsync(async () => (await second.Ledger.AttemptsAsync(request.PaymentId)).Any(a => a.Kind == "ChargeLookup"),
            PaymentsUnderTest.Deadline, "recovery asks the provider after the restart");
        await second.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        Assert.Equal(0, await second.Ledger.ProviderChargesAsync(request.PaymentId));
        using var client2 = second.ClientFor(customer);
        using var again = await PaymentsUnderTest.ConfirmAsync(client2, request.PaymentId, "tok_success");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await second.Published.SettleAsync();
        Assert.Single(second.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Empty(second.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await second.Ledger.ProviderChargesAsync(request.PaymentId));
    }
}
