namespace Payments.Service.Consumers;

// A refund asked for while the charge is still in flight: the message is retried once it has settled.
public sealed class PaymentStillProcessingException(Guid paymentId)
    : Exception($"Payment {paymentId} is still being charged; the refund waits for the outcome.");
