using System.Net;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class RefundPaymentTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Succeeded_payment_is_refunded_once_even_when_the_refund_is_asked_twice()
    {
        var customer = Guid.CreateVersion7();
        var request = await PaidAsync(customer, 64.00m);
        var refund = new RefundPayment(request.PaymentId, request.BookingId, "cancelled", DateTimeOffset.UtcNow);

        await service.PublishAsync(refund);
        await service.PublishAsync(refund);
        var refunded = await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");
        await service.PublishAsync(refund with { Reason = "late-payment" });

        Assert.Equal(request.BookingId, refunded.BookingId);
        Assert.Equal(64.00m, refunded.Amount);
        Assert.Equal("EUR", refunded.Currency);
        Assert.Equal("cancelled", refunded.Reason);
        await service.Published.SettleAsync();
        Assert.Single(service.Published.Of<PaymentRefunded>(m => m.PaymentId == request.PaymentId));
        Assert.Equal(1, await service.Ledger.ProviderRefundsAsync(request.PaymentId));
        Assert.Equal(1, await service.Ledger.RefundRowsAsync(request.PaymentId));
        var payment = await service.WaitForPaymentAsync(request.PaymentId, customer, "Refunded");
        var shown = Assert.Single(payment.Refunds);
        Assert.Equal(refunded.RefundId, shown.Id);
        Assert.Equal("Succeeded", shown.Status);
        Assert.StartsWith("sim_re_", shown.ProviderReference);
    }

    [Fact]
    public async Task Refund_of_a_payment_never_taken_refunds_nothing()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);

        await service.PublishAsync(new RefundPayment(request.PaymentId, request.BookingId, "cancelled", DateTimeOffset.UtcNow));
        await service.Published.SettleAsync();

        Assert.Equal(0, await service.Ledger.RefundRowsAsync(request.PaymentId));
        Assert.Empty(service.Published.Of<PaymentRefunded>());
        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
    }

    [Fact]
    public async Task Late_payment_after_cancel_is_refunded_with_its_reason()
    {
        var customer = Guid.CreateVersion7();
        var request = await PaidAsync(customer, 20m);
        await service.PublishAsync(new CancelPayment(request.PaymentId, request.BookingId, "hold-expired", DateTimeOffset.UtcNow));

        await service.PublishAsync(new RefundPayment(request.PaymentId, request.BookingId, "late-payment", DateTimeOffset.UtcNow));

        var refunded = await service.Published.WaitForAsync<PaymentRefunded>(m => m.PaymentId == request.PaymentId, "PaymentRefunded");
        Assert.Equal("late-payment", refunded.Reason);
    }

    async Task<RequestPayment> PaidAsync(Guid customer, decimal amount)
    {
        var request = await service.RequestPaymentAsync(customer, amount);
        using var client = service.ClientFor(customer);
        using var confirm = await PaymentsUnderTest.ConfirmAsync(client, request.PaymentId, "tok_success");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        return request;
    }
}
