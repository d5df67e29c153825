using Bookings.Service.Saga;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga.Machine;

// Every state of BookingStateMachine against every event, on MassTransit's test harness: which steps run,
// and the state it ends in. Duplicates and messages out of order change nothing.
public sealed class BookingStateMachineTests : IAsyncLifetime
{
    MachineUnderTest machine = null!;

    public async Task InitializeAsync() => machine = await MachineUnderTest.StartAsync();

    public async Task DisposeAsync() => await machine.DisposeAsync();

    // The state after the event, and the steps it took, comma-separated.
    async Task<(string State, string Steps)> RaiseAsync(BookingState saga, string @event)
    {
        var before = machine.Steps.Taken.Count;
        await machine.RaiseAsync(@event, saga.CorrelationId);
        return (machine.Find(saga.CorrelationId)!.CurrentState, string.Join(',', machine.Steps.Taken.Skip(before)));
    }

    [Theory]
    [InlineData("PaymentSucceeded", "Confirmed", "Confirm,Show:Confirmed")]
    [InlineData("PaymentFailed", "Failed", "Fail:card_declined,Show:Failed")]
    [InlineData("HoldExpired", "Expired", "Expire,Show:Expired")]
    [InlineData("OrganizerCancelled", "Cancelled", "CancelUnpaid:organizer,Show:Cancelled")]
    [InlineData("Placed", "AwaitingPayment", "")]
    [InlineData("CustomerCancelled", "AwaitingPayment", "")]
    [InlineData("PaymentRefunded", "AwaitingPayment", "")]
    public async Task Awaiting_payment_moves_on_payment_outcomes_expiry_and_organizer_cancellation(string @event, string state, string steps)
    {
        var saga = machine.Seed("AwaitingPayment");
        Assert.Equal((state, steps), await RaiseAsync(saga, @event));
    }

    [Theory]
    [InlineData("CustomerCancelled", "Cancelled", "CancelConfirmed:customer,Show:Cancelled")]
    [InlineData("OrganizerCancelled", "Cancelled", "CancelConfirmed:organizer,Show:Cancelled")]
    [InlineData("PaymentSucceeded", "Confirmed", "")]
    [InlineData("PaymentFailed", "Confirmed", "")]
    [InlineData("HoldExpired", "Confirmed", "")]
    [InlineData("PaymentRefunded", "Confirmed", "")]
    [InlineData("Placed", "Confirmed", "")]
    public async Task Confirmed_only_moves_on_cancellation(string @event, string state, string steps)
    {
        var saga = machine.Seed("Confirmed", paid: true);
        Assert.Equal((state, steps), await RaiseAsync(saga, @event));
    }

    [Theory]
    [InlineData("Failed")]
    [InlineData("Expired")]
    public async Task Payment_after_a_final_unpaid_state_is_refunded_once_and_its_refund_completed_once(string state)
    {
        var saga = machine.Seed(state);
        foreach (var ignored in new[] { "PaymentFailed", "HoldExpired", "CustomerCancelled", "OrganizerCancelled", "Placed" })
            Assert.Equal((state, ""), await RaiseAsync(saga, ignored));

        Assert.Equal((state, "RefundLatePayment"), await RaiseAsync(saga, "PaymentSucceeded"));
        Assert.Equal((state, ""), await RaiseAsync(saga, "PaymentSucceeded"));
        Assert.Equal((state, $"CompleteRefund:{SagaMessages.Amount}"), await RaiseAsync(saga, "PaymentRefunded"));
        Assert.Equal((state, ""), await RaiseAsync(saga, "PaymentRefunded"));
    }

    [Fact]
    public async Task Cancelled_booking_completes_its_refund_once()
    {
        var saga = machine.Seed("Cancelled", paid: true, RefundReasons.Cancelled);
        Assert.Equal(("Cancelled", ""), await RaiseAsync(saga, "PaymentSucceeded"));
        Assert.Equal(("Cancelled", ""), await RaiseAsync(saga, "CustomerCancelled"));
        Assert.Equal(("Refunded", $"CompleteRefund:{SagaMessages.Amount},Show:Refunded"), await RaiseAsync(saga, "PaymentRefunded"));
        Assert.Equal(("Refunded", ""), await RaiseAsync(saga, "PaymentRefunded"));
    }

    [Fact]
    public async Task Payment_arriving_after_an_unpaid_cancellation_is_refunded_and_the_booking_stays_cancelled()
    {
        var saga = machine.Seed("Cancelled");
        Assert.Equal(("Cancelled", "RefundLatePayment"), await RaiseAsync(saga, "PaymentSucceeded"));
        Assert.Equal(("Cancelled", ""), await RaiseAsync(saga, "PaymentSucceeded"));
        Assert.Equal(("Cancelled", $"CompleteRefund:{SagaMessages.Amount}"), await RaiseAsync(saga, "PaymentRefunded"));
        Assert.Equal(("Cancelled", ""), await RaiseAsync(saga, "PaymentRefunded"));
    }

    [Fact]
    public async Task Refunded_is_final()
    {
        var saga = machine.Seed("Refunded", paid: true, RefundReasons.Cancelled, refunded: true);
        foreach (var @event in SagaMessages.Events)
            Assert.Equal(("Refunded", ""), await RaiseAsync(saga, @event));
    }

    [Fact]
    public async Task Booking_created_without_a_saga_row_starts_the_saga_and_asks_for_payment()
    {
        var bookingId = Guid.CreateVersion7();
        await machine.RaiseAsync("Placed", bookingId);

        Assert.Equal("AwaitingPayment", machine.Find(bookingId)?.CurrentState);
        Assert.Equal(["Show:AwaitingPayment", "RequestPayment"], machine.Steps.Taken);
    }

    [Fact]
    public async Task Booking_placed_on_an_event_already_cancelled_cancels_itself_instead_of_asking_for_payment()
    {
        machine.Steps.EventCancelledInCatalog = true;
        var saga = machine.Seed("AwaitingPayment");
        Assert.Equal(("Cancelled", "CancelUnpaid:organizer,Show:Cancelled"), await RaiseAsync(saga, "Placed"));
    }

    [Fact]
    public async Task Payment_for_a_booking_the_saga_never_saw_is_discarded()
    {
        var unknown = Guid.CreateVersion7();
        await machine.RaiseAsync("PaymentSucceeded", unknown);

        Assert.Null(machine.Find(unknown));
        Assert.Empty(machine.Steps.Taken);
    }
}
