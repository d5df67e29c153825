namespace Payments.Service.Domain;

public enum RefundStatus
{
    Pending,
    Succeeded,
    Failed,
}
