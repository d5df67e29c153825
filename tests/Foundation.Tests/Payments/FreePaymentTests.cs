using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

// A booking with a total of 0 (a 100 % coupon): Payments settles it without a card or a provider call.
public sealed class FreePaymentTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Free_payment_succeeds_at_once_without_a_card_and_a_redelivered_request_changes_nothing()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer, 0m);

        var messageId = await service.PublishAsync(request);
        var succeeded = await service.Published.WaitForAsync<PaymentSucceeded>(m => m.PaymentId == request.PaymentId, "PaymentSucceeded");
        // The same message again, and the booking asking again under a new message id.
        await service.PublishAsync(request, messageId);
        await service.PublishAsync(request with { OccurredAt = DateTimeOffset.UtcNow });
        await service.Published.SettleAsync();

        Assert.Equal((request.BookingId, 0m, "EUR", "free"), (succeeded.BookingId, succeeded.Amount, succeeded.Currency, succeeded.Provider));
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.PaymentsForBookingAsync(request.BookingId));
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        Assert.Empty(await service.Ledger.AttemptsAsync(request.PaymentId));

        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Succeeded");
        Assert.Equal(("free", null, false), (payment.Provider, payment.ProviderReference, payment.CompletedAt is null));
        Assert.NotNull(payment.Instructions);
        Assert.Equal(("free", null), (payment.Instructions.Provider, payment.Instructions.ConfirmUrl));
        Assert.Empty(payment.Instructions.TestCardTokens);
        Assert.StartsWith("Nothing is to be paid", payment.Instructions.Note);
    }

    [Fact]
    public async Task Confirming_a_free_payment_answers_409_nothing_to_pay_and_charges_nothing()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer, 0m);
        await service.PublishAsync(request);
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Succeeded");

        using var client = service.ClientFor(customer);
        using (var confirm = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success"))
        {
            Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
            var problem = await confirm.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("nothing_to_pay", problem.GetProperty("reason").GetString());
            Assert.Equal("Succeeded", problem.GetProperty("status").GetString());
        }
        using (var noToken = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, ""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
            Assert.True((await noToken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cardToken", out _));
        }
        using (var stranger = service.ClientFor(Guid.CreateVersion7()))
        using (var theirs = await PaymentsUnderTest.ConfirmAsync(stranger, request.PaymentId, "tok_success"))
            Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        using (var anonymous = service.AnonymousClient())
        using (var unsigned = await PaymentsUnderTest.ConfirmAsync(anonymous, request.PaymentId, "tok_success"))
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        await service.Published.SettleAsync();
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        Assert.Single(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
    }

    [Fact]
    public async Task Free_payment_is_refunded_zero_once_without_a_provider()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer, 0m);
        await service.PublishAsync(request);
        await service.WaitForPaymentAsync(request.PaymentId, customer, "Succeeded");
        var refund = new RefundPayment(request.PaymentId, request.BookingId, "cancelled", DateTimeOffset.UtcNow);

        await service.PublishAsync(refund);
        await service.PublishAsync(refund);
        var refunded = await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");
        await service.Published.SettleAsync();

        Assert.Equal((request.BookingId, 0m, "EUR", "cancelled"), (refunded.BookingId, refunded.Amount, refunded.Currency, refunded.Reason));
        Assert.Single(service.Published.Of<PaymentRefunded>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(0, await service.Ledger.ProviderRefundsAsync(request.PaymentId));
        Assert.Equal(1, await service.Ledger.RefundRowsAsync(request.PaymentId));
        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Refunded");
        var shown = Assert.Single(payment.Refunds);
        Assert.Equal((refunded.RefundId, 0m, "Succeeded", null), (shown.Id, shown.Amount, shown.Status, shown.ProviderReference));
    }

    [Fact]
    public async Task Free_payment_cancelled_before_its_request_arrived_stays_cancelled_and_never_succeeds()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer, 0m);
        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold-expired", DateTimeOffset.UtcNow));
        await service.Published.WaitForAsync<PaymentCancelled>(m => m.PaymentId == request.PaymentId, "PaymentCancelled");

        await service.PublishAsync(request);
        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Cancelled");
        await service.Published.SettleAsync();

        Assert.Empty(service.Published.Of<PaymentSucceeded>(m => m.PaymentId == request.PaymentId));
        Assert.Null(payment.Instructions);
    }
}
