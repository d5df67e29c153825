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
    [InlineData("PaymentSucceeded", "Confirmed", "Confirm")]
    [InlineData("PaymentFailed", "Failed", "Fail:card_declined")]
    [InlineData("HoldExpired", "Expired", "Expire")]
    [InlineData("OrganizerCancelled", "Cancelled", "CancelUnpaid:organizer")]
    [InlineData("Placed", "AwaitingPayment", "")]
    [InlineData("CustomerCancelled", "AwaitingPayment", "")]
    [InlineData("PaymentRefunded", "AwaitingPayment", "")]
    [InlineData("RefundFailed", "AwaitingPayment", "")]
    [InlineData("PaymentCancelled", "AwaitingPayment", "")]
    public async Task Awaiting_payment_moves_on_payment_outcomes_expiry_and_organizer_cancellation(string @event, string state, string steps)
    {
        // Every booking awaiting payment has its expiry scheduled (a saga with none ignores a stray expiry).
        var saga = machine.Seed("AwaitingPayment", holdExpiryToken: Guid.CreateVersion7());
        Assert.Equal((state, steps), await RaiseAsync(saga, @event));
    }

    [Theory]
    [InlineData("CustomerCancelled", "Cancelled", "CancelConfirmed:customer")]
    [InlineData("OrganizerCancelled", "Cancelled", "CancelConfirmed:organizer")]
    [InlineData("PaymentSucceeded", "Confirmed", "")]
    [InlineData("PaymentFailed", "Confirmed", "")]
    [InlineData("HoldExpired", "Confirmed", "")]
    [InlineData("PaymentRefunded", "Confirmed", "")]
    [InlineData("Placed", "Confirmed", "")]
    [InlineData("RefundFailed", "Confirmed", "")]
    [InlineData("PaymentCancelled", "Confirmed", "")]
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
        foreach (var ignored in new[] { "PaymentFailed", "HoldExpired", "CustomerCancelled", "OrganizerCancelled", "Placed", "RefundFailed" })
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
        Assert.Equal(("Refunded", $"CompleteRefund:{SagaMessages.Amount}"), await RaiseAsync(saga, "PaymentRefunded"));
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

    [Theory]
    [InlineData("Cancelled", "cancelled")]
    [InlineData("Expired", "late-payment")]
    [InlineData("Failed", "late-payment")]
    public async Task Refund_that_failed_is_left_to_a_person_once_and_still_completes_when_the_money_is_returned(string state, string refundReason)
    {
        var saga = machine.Seed(state, paid: true, refundReason);
        Assert.Equal((state, "RefundNeedsAPerson:provider_unavailable"), await RaiseAsync(saga, "RefundFailed"));
        Assert.Equal((state, ""), await RaiseAsync(saga, "RefundFailed"));

        var refunded = state == "Cancelled" ? "Refunded" : state;
        var shown = state == "Cancelled" ? "" : "";
        Assert.Equal((refunded, $"CompleteRefund:{SagaMessages.Amount}{shown}"), await RaiseAsync(saga, "PaymentRefunded"));
        Assert.Equal((refunded, ""), await RaiseAsync(saga, "RefundFailed"));
    }

    [Fact]
    public async Task Refund_failure_with_no_refund_asked_changes_nothing()
    {
        var saga = machine.Seed("Expired");
        Assert.Equal(("Expired", ""), await RaiseAsync(saga, "RefundFailed"));
        Assert.Null(machine.Find(saga.CorrelationId)!.RefundFailedAt);
    }

    [Theory]
    [InlineData("AwaitingPayment")]
    [InlineData("Expired")]
    [InlineData("Cancelled")]
    public async Task Payment_cancelled_is_recorded_once_without_a_step(string state)
    {
        var saga = machine.Seed(state);
        await machine.RaiseAsync("PaymentCancelled", saga.CorrelationId);
        var first = machine.Find(saga.CorrelationId)!.PaymentCancelledAt;
        Assert.NotNull(first);
        await machine.RaiseAsync("PaymentCancelled", saga.CorrelationId);
        Assert.Equal((state, first), (machine.Find(saga.CorrelationId)!.CurrentState, machine.Find(saga.CorrelationId)!.PaymentCancelledAt));
        Assert.Empty(machine.Steps.Taken);
    }

    [Fact]
    public async Task Refunded_is_final()
    {
        var saga = machine.Seed("Refunded", paid: true, RefundReasons.Cancelled, refunded: true);
        foreach (var @event in SagaMessages.Events)
            Assert.Equal(("Refunded", ""), await RaiseAsync(saga, @event));
        Assert.Null(machine.Find(saga.CorrelationId)!.RefundFailedAt);
    }

    [Fact]
    public async Task Booking_created_for_a_booking_that_does_not_exist_starts_nothing()
    {
        var bookingId = Guid.CreateVersion7();
        await machine.RaiseAsync("Placed", bookingId);

        Assert.Null(machine.Find(bookingId));
        Assert.Empty(machine.Steps.Taken);
    }

    [Fact]
    public async Task Booking_placed_on_an_event_already_cancelled_cancels_itself_instead_of_asking_for_payment()
    {
        machine.Steps.EventCancelledInCatalog = true;
        var saga = machine.Seed("AwaitingPayment");
        Assert.Equal(("Cancelled", "CancelUnpaid:organizer"), await RaiseAsync(saga, "Placed"));
    }

    [Theory]
    [InlineData("PaymentSucceeded")]
    [InlineData("PaymentFailed")]
    [InlineData("OrganizerCancelled")]
    public async Task Leaving_awaiting_payment_other_than_by_expiry_unschedules_the_hold_expiry(string @event)
    {
        var saga = machine.Seed("AwaitingPayment", holdExpiryToken: Guid.CreateVersion7());
        await machine.RaiseAsync(@event, saga.CorrelationId);
        Assert.Null(machine.Find(saga.CorrelationId)!.HoldExpiryTokenId);
    }

    [Fact]
    public async Task Hold_expiry_of_an_earlier_schedule_is_ignored_and_the_current_one_expires_the_hold()
    {
        var current = Guid.CreateVersion7();
        var saga = machine.Seed("AwaitingPayment", holdExpiryToken: current);

        await machine.RaiseAsync("HoldExpired", saga.CorrelationId, schedulingToken: Guid.CreateVersion7());
        Assert.Equal(("AwaitingPayment", ""), (machine.Find(saga.CorrelationId)!.CurrentState, string.Join(',', machine.Steps.Taken)));

        await machine.RaiseAsync("HoldExpired", saga.CorrelationId, schedulingToken: current);
        Assert.Equal(("Expired", "Expire"), (machine.Find(saga.CorrelationId)!.CurrentState, string.Join(',', machine.Steps.Taken)));
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
