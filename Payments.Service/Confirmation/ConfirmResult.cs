using Payments.Service.Domain;

namespace Payments.Service.Confirmation;

public enum ConfirmOutcome
{
    NotFound,
    Succeeded,
    Declined,
    ProviderUnavailable,
    Cancelled,
    AlreadyFailed,
    InProgress,
    Expired,
    NothingToPay,
}

public sealed record ConfirmResult(ConfirmOutcome Outcome, Payment? Payment)
{
    public static ConfirmResult Of(Payment payment) => new(payment.Status switch
    {
        PaymentStatus.Succeeded or PaymentStatus.Refunded => ConfirmOutcome.Succeeded,
        PaymentStatus.Cancelled => ConfirmOutcome.Cancelled,
        PaymentStatus.Failed => ConfirmOutcome.AlreadyFailed,
        _ => ConfirmOutcome.InProgress,
    }, payment);
}
