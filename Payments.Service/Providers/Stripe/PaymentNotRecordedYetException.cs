namespace Payments.Service.Providers.Stripe;

public sealed class PaymentNotRecordedYetException(Guid paymentId)
    : Exception($"Payment {paymentId} is not recorded yet; its PaymentIntent is created once it is.");
