using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

// A crash between the provider's answer and our record leaves a payment in Processing; the recovery
// worker asks the provider by the charge's idempotency key and finishes it.
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
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Payment_the_provider_never_charged_ends_Failed_with_PaymentFailed()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.FromMinutes(5));

        var failed = await service.Published.WaitForAsync<PaymentFailed>(m => m.PaymentId == request.PaymentId, "PaymentFailed");

        Assert.Equal("provider_unavailable", failed.Reason);
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Failed");
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Payment_processing_only_briefly_is_left_to_its_own_attempt()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        var witness = await service.RequestPaymentAsync(Guid.CreateVersion7());
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.Zero);
        // Stuck for long, left after the brief one: once the worker has failed it, a pass saw both.
        await service.Ledger.LeaveInProcessingAsync(witness.PaymentId, TimeSpan.FromMinutes(5));

        await service.Published.WaitForAsync<PaymentFailed>(m => m.PaymentId == witness.PaymentId, "the long-stuck witness is recovered");

        await service.WaitForPaymentAsync(request.PaymentId, customer, "Processing");
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
    }
}
