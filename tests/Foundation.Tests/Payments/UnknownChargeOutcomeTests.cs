using System.Net;
using System.Net.Http.Json;
using Payments.Service.Apis;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

// A charge whose end nobody heard (provider down, timed out) fails nothing: the payment stays open under
// the same idempotency key, and is ended only by the hold running out, after the provider says no charge.
public sealed class UnknownChargeOutcomeTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    // Outages follow each other here: the breaker stays shut so every lookup reaches the provider.
    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Payments:Resilience:BreakerMinimumThroughput"] = "1000",
    });

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Charge_the_provider_recorded_after_an_outage_is_what_the_next_confirm_answers_without_a_second_charge()
    {
        var customer = Guid.CreateVersion7();
        var request = await HandedBackAfterAnOutageAsync(customer);
        await service.Ledger.RecordProviderChargeAsync(request.PaymentId, request.Amount);
        using var client = service.ClientFor(customer);

        using var again = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("sim_ch_before_crash", (await again.Content.ReadFromJsonAsync<PaymentResponse>())!.ProviderReference);
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Payment_handed_back_after_an_outage_ends_Cancelled_when_the_hold_ends_and_the_provider_has_no_charge()
    {
        var customer = Guid.CreateVersion7();
        var request = await HandedBackAfterAnOutageAsync(customer);

        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold_expired", DateTimeOffset.UtcNow));

        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Cancelled");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        // The cancel waited for the provider's word on the unanswered charge: a second lookup, after the confirm's own.
        var lookups = (await service.Ledger.AttemptsAsync(request.PaymentId)).Where(a => a.Kind == "ChargeLookup").ToList();
        Assert.Equal(2, lookups.Count);
        Assert.All(lookups, a => Assert.Equal("not_found", a.Outcome));
    }

    [Fact]
    public async Task Charge_the_provider_recorded_after_an_outage_is_found_when_the_hold_ends_and_settles_Succeeded_once()
    {
        var customer = Guid.CreateVersion7();
        var request = await HandedBackAfterAnOutageAsync(customer);
        await service.Ledger.RecordProviderChargeAsync(request.PaymentId, request.Amount);

        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold_expired", DateTimeOffset.UtcNow));

        // Money taken counts even after the hold: Bookings refunds such a late payment.
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Succeeded");
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Empty(service.Published.Of<PaymentCancelled>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Hold_that_runs_out_during_the_outage_ends_the_payment_Cancelled_without_PaymentFailed()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);
        var confirming = PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_slow");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Processing");
        await service.Ledger.EndHoldAsync(request.PaymentId);

        using var response = await confirming;

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("payment_cancelled", await ConfirmTests.ReasonAsync(response));
        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Cancelled");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    async Task<RequestPayment> HandedBackAfterAnOutageAsync(Guid customer)
    {
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);
        using (var unavailable = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_unavailable"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        return request;
    }
}
