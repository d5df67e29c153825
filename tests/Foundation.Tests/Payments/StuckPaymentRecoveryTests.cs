using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

// A crash between the provider's answer and our record leaves a payment in Processing; the recovery
// worker asks the provider by the charge's idempotency key: its answer settles the payment, and no
// charge there hands the payment back to the customer while the hold lasts.
public sealed class StuckPaymentRecoveryTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    // Stuck after half a minute: the briefly processing payment below stays clear of it however slow the machine.
    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Payments:StuckAfter"] = "00:00:30",
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Payment_the_provider_charged_before_the_crash_ends_Succeeded_with_PaymentSucceeded()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer, amount: 30m);
        await service.Ledger.RecordProviderChargeAsync(request.PaymentId, 30m);
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.FromMinutes(5));

        var succeeded = await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");

        Assert.Equal(30m, succeeded.Amount);
        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Succeeded");
        Assert.Equal("sim_ch_before_crash", payment.ProviderReference);
        using var client = service.ClientFor(customer);
        using (var again = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success"))
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Payment_the_provider_declined_before_the_crash_ends_Failed_with_PaymentFailed()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        await service.Ledger.RecordProviderDeclineAsync(request.PaymentId, request.Amount);
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.FromMinutes(5));

        var failed = await service.Published.WaitForAsync<PaymentFailed>(m => m.PaymentId == request.PaymentId, "PaymentFailed");

        Assert.Equal("card_declined", failed.Reason);
        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Failed");
        Assert.Equal("card_declined", payment.FailureReason);
    }

    [Fact]
    public async Task Payment_the_provider_never_charged_is_handed_back_without_PaymentFailed_and_a_later_confirm_charges_once()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.FromMinutes(5));

        await Messaging.Eventually.HoldsAsync(async () => (await service.Ledger.AttemptsAsync(request.PaymentId)).Any(a => a.Kind == "ChargeLookup"),
            PaymentsUnderTest.Deadline, "recovery asks the provider");
        var open = await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        Assert.Null(open.FailureReason);
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));

        using var client = service.ClientFor(customer);
        using var again = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Payment_the_provider_never_charged_whose_hold_is_over_ends_Cancelled_without_PaymentFailed()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        await service.Ledger.EndHoldAsync(request.PaymentId);
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.FromMinutes(5));

        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");

        await service.WaitForPaymentAsync(request.PaymentId, customer, "Cancelled");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Payment_processing_only_briefly_is_left_to_its_own_attempt()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        var witness = await service.RequestPaymentAsync(Guid.CreateVersion7());
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.Zero);
        // Stuck for long, left after the brief one: once the worker has handed it back, a pass saw both.
        await service.Ledger.LeaveInProcessingAsync(witness.PaymentId, TimeSpan.FromMinutes(5));

        await service.WaitForPaymentAsync(witness.PaymentId, witness.CustomerId, "RequiresConfirmation");

        await service.WaitForPaymentAsync(request.PaymentId, customer, "Processing");
        Assert.Empty(await service.Ledger.AttemptsAsync(request.PaymentId));
    }
}
