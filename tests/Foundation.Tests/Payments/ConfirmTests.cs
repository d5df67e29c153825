using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Payments.Service.Apis;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class ConfirmTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Success_token_charges_once_answers_200_and_publishes_PaymentSucceeded()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer, amount: 85.00m);
        using var client = service.ClientFor(customer);

        using var response = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payment = (await response.Content.ReadFromJsonAsync<PaymentResponse>())!;
        Assert.Equal("Succeeded", payment.Status);
        Assert.Equal(85.00m, payment.Amount);
        Assert.Equal("EUR", payment.Currency);
        Assert.StartsWith("sim_ch_", payment.ProviderReference);
        Assert.Null(payment.Instructions);
        var succeeded = await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        Assert.Equal(request.BookingId, succeeded.BookingId);
        Assert.Equal(85.00m, succeeded.Amount);
        Assert.Equal("Simulated", succeeded.Provider);
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        var attempt = Assert.Single(await service.Ledger.AttemptsAsync(request.PaymentId));
        Assert.Equal(("Charge", "simulated:success", "succeeded"), attempt);
    }

    [Theory]
    [InlineData("tok_decline", "card_declined")]
    [InlineData("tok_insufficient_funds", "insufficient_funds")]
    public async Task Declining_token_answers_402_with_its_reason_and_publishes_PaymentFailed(string cardToken, string reason)
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        using var response = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, cardToken);

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.Equal(reason, await ReasonAsync(response));
        var failed = await service.Published.WaitForAsync<PaymentFailed>(m => m.PaymentId == request.PaymentId, "PaymentFailed");
        Assert.Equal(reason, failed.Reason);
        Assert.Equal(request.BookingId, failed.BookingId);
        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Failed");
        Assert.Equal(reason, payment.FailureReason);
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        // A declined card is an answer, not a fault: it is never retried.
        Assert.Single(await service.Ledger.AttemptsAsync(request.PaymentId));
    }

    [Fact]
    public async Task Unavailable_provider_answers_503_with_Retry_After_keeps_the_payment_open_and_the_next_confirm_charges_once()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        using var response = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_unavailable");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("provider_unavailable", await ReasonAsync(response));
        AssertRetryAfter(response);
        var charges = (await service.Ledger.AttemptsAsync(request.PaymentId)).Where(a => a.Kind == "Charge").ToList();
        Assert.Equal(3, charges.Count); // the first call and two retries
        Assert.All(charges, a => Assert.Equal("unavailable", a.Outcome));
        var open = await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        Assert.Null(open.FailureReason);
        Assert.NotNull(open.Instructions);
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));

        using var again = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Succeeded", (await again.Content.ReadFromJsonAsync<PaymentResponse>())!.Status);
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Slow_provider_times_out_every_attempt_then_503_and_the_payment_stays_open()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        using var response = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_slow");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("provider_unavailable", await ReasonAsync(response));
        AssertRetryAfter(response);
        var charges = (await service.Ledger.AttemptsAsync(request.PaymentId)).Where(a => a.Kind == "Charge").ToList();
        Assert.Equal(3, charges.Count);
        Assert.All(charges, a => Assert.Equal("timeout", a.Outcome));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        await service.Published.SettleAsync();
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
    }

    [Fact]
    public async Task Late_success_within_the_attempt_timeout_answers_200()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        using var response = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success_late");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Confirm_after_success_answers_the_succeeded_payment_without_a_second_charge()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);
        using (var first = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success"))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var again = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Succeeded", (await again.Content.ReadFromJsonAsync<PaymentResponse>())!.Status);
        await service.Published.SettleAsync();
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
    }

    [Fact]
    public async Task Concurrent_confirms_charge_once_and_the_others_are_told_it_is_in_progress()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success_late")));

        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var conflicts = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
            Assert.All(conflicts, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
            foreach (var conflict in conflicts)
            {
                Assert.Equal("payment_in_progress", await ReasonAsync(conflict));
                AssertRetryAfter(conflict);
            }
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
        await service.Published.SettleAsync();
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        Assert.Single(await service.Ledger.AttemptsAsync(request.PaymentId));
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
    }

    [Fact]
    public async Task Confirm_after_a_decline_is_409_payment_failed_and_charges_nothing()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);
        using (var declined = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_decline"))
            Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);

        using var again = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("payment_failed", await ReasonAsync(again));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    [Fact]
    public async Task Confirm_of_a_payment_left_processing_is_409_with_Retry_After_then_charges_once_after_recovery_hands_it_back()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);
        // As if a crash cut a charge just now; dated ahead so recovery (after 2 s) takes it only after the first confirm.
        await service.Ledger.LeaveInProcessingAsync(request.PaymentId, TimeSpan.FromSeconds(-8));

        using (var meanwhile = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success"))
        {
            Assert.Equal(HttpStatusCode.Conflict, meanwhile.StatusCode);
            Assert.Equal("payment_in_progress", await ReasonAsync(meanwhile));
            AssertRetryAfter(meanwhile);
        }
        // The provider has no charge under the key, so recovery hands the payment back instead of failing it.
        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");

        using var later = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        await service.Published.SettleAsync();
        Assert.Equal(1, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Empty(service.Published.Of<PaymentFailed>(m => m.PaymentId == request.PaymentId));
    }

    [Fact]
    public async Task Confirm_after_the_hold_expired_is_409_payment_expired()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer, expiresIn: TimeSpan.FromSeconds(-1));
        await service.PublishAsync(request);
        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        using var client = service.ClientFor(customer);

        using var response = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("payment_expired", await ReasonAsync(response));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
    }

    // A few seconds: long enough not to hammer the service, short enough for a customer waiting at checkout.
    internal static void AssertRetryAfter(HttpResponseMessage response)
    {
        var wait = response.Headers.RetryAfter?.Delta;
        Assert.True(wait is { } seconds && seconds >= TimeSpan.FromSeconds(1) && seconds <= TimeSpan.FromSeconds(10),
            $"Retry-After of a few seconds, got '{response.Headers.RetryAfter}'");
    }

    internal static async Task<string?> ReasonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
    }
}
