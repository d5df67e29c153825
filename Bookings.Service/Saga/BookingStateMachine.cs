using Bookings.Service.Domain;

namespace Bookings.Service.Saga;

// The booking saga's transition table: pure, so every (state, trigger) pair is unit-tested.
//   AwaitingPayment --PaymentSucceeded--> Confirmed   --CustomerCancelled/OrganizerCancelled--> Cancelled --PaymentRefunded--> Refunded
//   AwaitingPayment --PaymentFailed-----> Failed
//   AwaitingPayment --HoldExpired-------> Expired
//   AwaitingPayment --OrganizerCancelled> Cancelled (unpaid)
//   Failed/Expired/Cancelled (unpaid) --PaymentSucceeded--> same state, late payment refunded
public static class BookingStateMachine
{
    public static SagaStep Decide(BookingSagaState saga, SagaTrigger trigger) => (saga.State, trigger) switch
    {
        (BookingStatus.AwaitingPayment, SagaTrigger.PaymentSucceeded) => SagaStep.Confirm,
        (BookingStatus.AwaitingPayment, SagaTrigger.PaymentFailed) => SagaStep.Fail,
        (BookingStatus.AwaitingPayment, SagaTrigger.HoldExpired) => SagaStep.Expire,
        (BookingStatus.AwaitingPayment, SagaTrigger.OrganizerCancelled) => SagaStep.CancelUnpaid,

        (BookingStatus.Confirmed, SagaTrigger.CustomerCancelled or SagaTrigger.OrganizerCancelled) => SagaStep.CancelConfirmed,

        (BookingStatus.Failed or BookingStatus.Expired, SagaTrigger.PaymentSucceeded) when saga.RefundReason is null => SagaStep.RefundLatePayment,
        (BookingStatus.Cancelled, SagaTrigger.PaymentSucceeded) when saga.PaidAt is null && saga.RefundReason is null => SagaStep.RefundLatePayment,

        (BookingStatus.Cancelled, SagaTrigger.PaymentRefunded) when saga.RefundReason == RefundReasons.Cancelled => SagaStep.CompleteCancellationRefund,
        (BookingStatus.Failed or BookingStatus.Expired or BookingStatus.Cancelled, SagaTrigger.PaymentRefunded)
            when saga.RefundReason == RefundReasons.LatePayment && saga.RefundedAt is null => SagaStep.CompleteLatePaymentRefund,

        _ => SagaStep.Ignore,
    };
}

public static class RefundReasons
{
    public const string Cancelled = "cancelled";
    public const string LatePayment = "late-payment";
}
