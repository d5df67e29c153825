namespace Bookings.Service.Saga;

// What a trigger does in a given state; Ignore means the message is acknowledged with a log line.
public enum SagaStep
{
    Ignore,
    Confirm,
    Fail,
    Expire,
    CancelConfirmed,
    CancelUnpaid,
    RefundLatePayment,
    CompleteCancellationRefund,
    CompleteLatePaymentRefund,
}
