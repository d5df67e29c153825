using Bookings.Service.Domain;
using Bookings.Service.Saga;
using Platform.Foundation.Tests.BookingsService;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

public sealed class BookingStateMachineTests
{
    static BookingSagaState In(BookingStatus state, bool paid = false, string? refundReason = null, bool refunded = false) => new()
    {
        BookingId = Guid.CreateVersion7(),
        State = state,
        PaidAt = paid ? DateTimeOffset.UtcNow : null,
        RefundReason = refundReason,
        RefundedAt = refunded ? DateTimeOffset.UtcNow : null,
    };

    [Theory]
    [InlineData(SagaTrigger.PaymentSucceeded, SagaStep.Confirm)]
    [InlineData(SagaTrigger.PaymentFailed, SagaStep.Fail)]
    [InlineData(SagaTrigger.HoldExpired, SagaStep.Expire)]
    [InlineData(SagaTrigger.OrganizerCancelled, SagaStep.CancelUnpaid)]
    [InlineData(SagaTrigger.CustomerCancelled, SagaStep.Ignore)]
    [InlineData(SagaTrigger.PaymentRefunded, SagaStep.Ignore)]
    public void Awaiting_payment_moves_on_payment_outcomes_expiry_and_organizer_cancellation(SagaTrigger trigger, SagaStep expected) =>
        Assert.Equal(expected, BookingStateMachine.Decide(In(BookingStatus.AwaitingPayment), trigger));

    [Theory]
    [InlineData(SagaTrigger.PaymentSucceeded, SagaStep.Ignore)]
    [InlineData(SagaTrigger.PaymentFailed, SagaStep.Ignore)]
    [InlineData(SagaTrigger.HoldExpired, SagaStep.Ignore)]
    [InlineData(SagaTrigger.CustomerCancelled, SagaStep.CancelConfirmed)]
    [InlineData(SagaTrigger.OrganizerCancelled, SagaStep.CancelConfirmed)]
    [InlineData(SagaTrigger.PaymentRefunded, SagaStep.Ignore)]
    public void Confirmed_only_moves_on_cancellation(SagaTrigger trigger, SagaStep expected) =>
        Assert.Equal(expected, BookingStateMachine.Decide(In(BookingStatus.Confirmed, paid: true), trigger));

    [Theory]
    [InlineData(BookingStatus.Failed)]
    [InlineData(BookingStatus.Expired)]
    public void Payment_after_a_final_unpaid_state_is_refunded_once_and_its_refund_completed_once(BookingStatus state)
    {
        Assert.Equal(SagaStep.RefundLatePayment, BookingStateMachine.Decide(In(state), SagaTrigger.PaymentSucceeded));
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(In(state, paid: true, RefundReasons.LatePayment), SagaTrigger.PaymentSucceeded));
        Assert.Equal(SagaStep.CompleteLatePaymentRefund, BookingStateMachine.Decide(In(state, paid: true, RefundReasons.LatePayment), SagaTrigger.PaymentRefunded));
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(In(state, paid: true, RefundReasons.LatePayment, refunded: true), SagaTrigger.PaymentRefunded));
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(In(state), SagaTrigger.PaymentFailed));
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(In(state), SagaTrigger.HoldExpired));
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(In(state), SagaTrigger.CustomerCancelled));
    }

    [Fact]
    public void Cancelled_booking_completes_its_refund_once_and_refunds_a_payment_that_arrives_after_an_unpaid_cancellation()
    {
        var paidAndCancelled = In(BookingStatus.Cancelled, paid: true, RefundReasons.Cancelled);
        Assert.Equal(SagaStep.CompleteCancellationRefund, BookingStateMachine.Decide(paidAndCancelled, SagaTrigger.PaymentRefunded));
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(paidAndCancelled, SagaTrigger.PaymentSucceeded));
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(paidAndCancelled, SagaTrigger.CustomerCancelled));
        Assert.Equal(SagaStep.RefundLatePayment, BookingStateMachine.Decide(In(BookingStatus.Cancelled), SagaTrigger.PaymentSucceeded));
    }

    [Theory]
    [InlineData(SagaTrigger.PaymentSucceeded)]
    [InlineData(SagaTrigger.PaymentFailed)]
    [InlineData(SagaTrigger.HoldExpired)]
    [InlineData(SagaTrigger.CustomerCancelled)]
    [InlineData(SagaTrigger.OrganizerCancelled)]
    [InlineData(SagaTrigger.PaymentRefunded)]
    public void Refunded_is_final(SagaTrigger trigger) =>
        Assert.Equal(SagaStep.Ignore, BookingStateMachine.Decide(In(BookingStatus.Refunded, paid: true, RefundReasons.Cancelled, refunded: true), trigger));
}
