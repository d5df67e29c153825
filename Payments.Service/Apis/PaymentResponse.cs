using System.ComponentModel;
using Payments.Service.Domain;
using Payments.Service.Providers;
using Platform.ServiceDefaults.Money;

namespace Payments.Service.Apis;

public sealed record PaymentResponse(
    [Description("Id of the payment.")] Guid Id,
    [Description("Id of the booking it pays for.")] Guid BookingId,
    [Description("RequiresConfirmation, Processing, Succeeded, Failed, Cancelled or Refunded.")] string Status,
    [Description("Amount to charge, in the currency's minor units (60.00 EUR, 60 JPY).")] decimal Amount,
    [Description("ISO 4217 currency code.")] string Currency,
    [Description("What the customer pays for, with the show's venue time and zone, as the card statement and receipts say it.")] string Description,
    [Description("Payment provider: Simulated, Stripe, or free for a total of 0.")] string Provider,
    [Description("The provider's id of the charge, once there is one.")] string? ProviderReference,
    [Description("Why the payment failed (e.g. card_declined); null unless it failed.")] string? FailureReason,
    [Description("Whether the booking asked to cancel it (hold expired or booking cancelled) while a charge was still open.")] bool CancelRequested,
    [Description("When the seat hold ends: confirm before then.")] DateTimeOffset ExpiresAt,
    [Description("When the payment was created.")] DateTimeOffset CreatedAt,
    [Description("When the payment last changed.")] DateTimeOffset UpdatedAt,
    [Description("When it reached a final status; null while open.")] DateTimeOffset? CompletedAt,
    [Description("How to pay; null once the payment cannot be confirmed any more.")] PaymentInstructions? Instructions,
    [Description("Refunds of this payment, oldest first.")] IReadOnlyList<RefundResponse> Refunds)
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
    [Description("Payment provider that takes the payment: Simulated, Stripe or free.")] string Provider,
    [Description("Path to POST {\"cardToken\": \"...\"} to (Simulated); null when there is nothing to confirm here.")] string? ConfirmUrl,
    [Description("Card tokens the Simulated provider knows (success, decline, slow, unavailable); empty for other providers.")] IReadOnlyList<string> TestCardTokens,
    [Description("Stripe only: the PaymentIntent's client secret to confirm in the browser with Stripe.js.")] string? ClientSecret = null,
    [Description("Stripe only: the publishable key for Stripe.js.")] string? PublishableKey = null,
    [Description("A word for the payer, e.g. that nothing is to be paid.")] string? Note = null)
{
    public static readonly PaymentInstructions NothingToPay = new(Payment.FreeProvider, null, [],
        Note: "Nothing is to be paid: the booking's total is 0, so it was settled without a card.");
}

public sealed record RefundResponse(
    [Description("Id of the refund.")] Guid Id,
    [Description("Amount given back, in the currency's minor units.")] decimal Amount,
    [Description("ISO 4217 currency code.")] string Currency,
    [Description("Why it was refunded, e.g. customer cancellation, event cancelled, paid after the hold expired.")] string Reason,
    [Description("Pending, Succeeded or Failed.")] string Status,
    [Description("The provider's id of the refund, once there is one.")] string? ProviderReference,
    [Description("When the refund was asked for.")] DateTimeOffset CreatedAt,
    [Description("When the provider completed it; null while pending.")] DateTimeOffset? CompletedAt)
{
    public static RefundResponse From(Refund refund) => new(
        refund.Id, CurrencyAmounts.Exact(refund.Amount, refund.Currency), refund.Currency, refund.Reason, refund.Status.ToString(), refund.ProviderReference, refund.CreatedAt, refund.CompletedAt);
}
