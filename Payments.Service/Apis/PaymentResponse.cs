using Payments.Service.Domain;
using Payments.Service.Providers;
using Platform.ServiceDefaults.Money;

namespace Payments.Service.Apis;

public sealed record PaymentResponse(
    Guid Id,
    Guid BookingId,
    string Status,
    decimal Amount,
    string Currency,
    string Description,
    string Provider,
    string? ProviderReference,
    string? FailureReason,
    bool CancelRequested,
    DateTimeOffset ExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    PaymentInstructions? Instructions,
    IReadOnlyList<RefundResponse> Refunds)
{
    public static PaymentResponse From(Payment payment, IPaymentProvider provider) =>
        From(payment, payment.Status == PaymentStatus.RequiresConfirmation
            ? new PaymentInstructions(payment.Provider, $"/api/payments/{payment.Id}/confirm", provider.TestCardTokens)
            : null);

    public static PaymentResponse From(Payment payment, PaymentInstructions? instructions) => new(
        payment.Id,
        payment.BookingId,
        payment.Status.ToString(),
        CurrencyAmounts.Exact(payment.Amount, payment.Currency),
        payment.Currency,
        payment.Description,
        payment.Provider,
        payment.ProviderReference,
        payment.FailureReason,
        payment.CancelRequestedAt is not null,
        payment.ExpiresAt,
        payment.CreatedAt,
        payment.UpdatedAt,
        payment.CompletedAt,
        // Only a payment that can still be confirmed says how; a free one says there is nothing to do.
        payment.IsFree ? PaymentInstructions.NothingToPay
            : payment.Status == PaymentStatus.RequiresConfirmation ? instructions : null,
        payment.Refunds.OrderBy(r => r.CreatedAt).Select(RefundResponse.From).ToList());
}

// How to pay. Simulated: POST {"cardToken": "..."} to ConfirmUrl; TestCardTokens lists its tokens.
// Stripe: confirm ClientSecret in the browser with Stripe.js (PublishableKey); null until the intent exists.
// Free (a total of 0): nothing to confirm, Note says so.
public sealed record PaymentInstructions(
    string Provider,
    string? ConfirmUrl,
    IReadOnlyList<string> TestCardTokens,
    string? ClientSecret = null,
    string? PublishableKey = null,
    string? Note = null)
{
    public static readonly PaymentInstructions NothingToPay = new(Payment.FreeProvider, null, [],
        Note: "Nothing is to be paid: the booking's total is 0, so it was settled without a card.");
}

public sealed record RefundResponse(
    Guid Id,
    decimal Amount,
    string Currency,
    string Reason,
    string Status,
    string? ProviderReference,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static RefundResponse From(Refund refund) => new(
        refund.Id, CurrencyAmounts.Exact(refund.Amount, refund.Currency), refund.Currency, refund.Reason, refund.Status.ToString(), refund.ProviderReference, refund.CreatedAt, refund.CompletedAt);
}
