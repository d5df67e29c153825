using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class RequestPaymentTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Redelivered_request_creates_no_second_payment()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer);
        var messageId = await service.PublishAsync(request);
        await service.PublishAsync(request, messageId);
        await service.PublishAsync(request);

        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        await service.Published.SettleAsync();

        Assert.Equal(1, await service.Ledger.PaymentsForBookingAsync(request.BookingId));
    }

    [Fact]
    public async Task A_second_request_for_the_same_booking_keeps_the_first_payment()
    {
        var customer = Guid.CreateVersion7();
        var first = PaymentsUnderTest.NewRequest(customer, amount: 10m);
        var second = first with { PaymentId = Guid.CreateVersion7(), Amount = 99m };
        await service.PublishAsync(first);
        await service.WaitForPaymentAsync(first.PaymentId, customer, "RequiresConfirmation");

        await service.PublishAsync(second);
        await service.Published.SettleAsync();

        Assert.Equal(1, await service.Ledger.PaymentsForBookingAsync(first.BookingId));
        var payment = await service.WaitForPaymentAsync(first.PaymentId, customer, "RequiresConfirmation");
        Assert.Equal(10m, payment.Amount);
        using var client = service.ClientFor(customer);
        using var missing = await client.GetAsync($"/api/payments/{second.PaymentId}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Concurrent_duplicates_of_one_request_leave_one_payment()
    {
        var customer = Guid.CreateVersion7();
        var request = PaymentsUnderTest.NewRequest(customer);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => service.PublishAsync(request)));

        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
        await service.Published.SettleAsync();
        Assert.Equal(1, await service.Ledger.PaymentsForBookingAsync(request.BookingId));
        Assert.Empty(service.Published.Of<PaymentFailed>());
    }
}
