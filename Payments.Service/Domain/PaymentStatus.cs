namespace Payments.Service.Domain;

public enum PaymentStatus
{
    RequiresConfirmation,
    Processing,
    Succeeded,
    Failed,
    Cancelled,
    Refunded,
}
