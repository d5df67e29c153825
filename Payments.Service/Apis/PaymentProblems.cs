using Microsoft.AspNetCore.Http.HttpResults;
using Payments.Service.Domain;

namespace Payments.Service.Apis;

// ProblemDetails for a confirm that did not take the money; "reason" is machine-readable.
public static class PaymentProblems
{
    public const string PaymentCancelled = "payment_cancelled";
    public const string PaymentFailed = "payment_failed";
    public const string PaymentInProgress = "payment_in_progress";
    public const string PaymentExpired = "payment_expired";
    public const string ConfirmClientSide = "confirm_client_side";
    public const string NothingToPayReason = "nothing_to_pay";

    public static ProblemHttpResult Declined(Payment payment) =>
        Problem(StatusCodes.Status402PaymentRequired, "The payment was declined.", payment.FailureReason ?? FailureReasons.CardDeclined,
            payment.FailureReason == FailureReasons.InsufficientFunds ? "The card has insufficient funds." : "The card was declined.", payment);

    // A confirm may be repeated safely: the charge's idempotency key means the card is never charged twice.
    public static readonly TimeSpan UnavailableRetryAfter = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan InProgressRetryAfter = TimeSpan.FromSeconds(3);

    public static RetryLaterProblem Unavailable(Payment payment) => new(
        Problem(StatusCodes.Status503ServiceUnavailable, "The payment provider is unavailable.", FailureReasons.ProviderUnavailable,
            "The payment provider could not be reached and no money was taken. The payment is still open: confirm it again "
            + $"in a few seconds, until the booking's hold ends at {payment.ExpiresAt.UtcDateTime:u}. It is never charged twice.", payment),
        UnavailableRetryAfter);

    public static ProblemHttpResult Cancelled(Payment payment) =>
        Problem(StatusCodes.Status409Conflict, "The payment was cancelled.", PaymentCancelled,
            "The booking's hold ended, so this payment can no longer be confirmed.", payment);

    public static ProblemHttpResult AlreadyFailed(Payment payment) =>
        Problem(StatusCodes.Status409Conflict, "The payment has already failed.", PaymentFailed,
            $"An earlier attempt failed ({payment.FailureReason}); the booking must be made again.", payment);

    public static RetryLaterProblem InProgress(Payment payment) => new(
        Problem(StatusCodes.Status409Conflict, "The payment is in progress.", PaymentInProgress,
            "An earlier confirmation of this payment is still being charged. Confirm again in a few seconds for its outcome; "
            + "the card is never charged twice.", payment),
        InProgressRetryAfter);

    public static ProblemHttpResult Expired(Payment payment) =>
        Problem(StatusCodes.Status409Conflict, "The payment has expired.", PaymentExpired,
            "The booking's hold has ended, so this payment can no longer be confirmed.", payment);

    public static ProblemHttpResult NothingToPay(Payment payment) =>
        Problem(StatusCodes.Status409Conflict, "There is nothing to pay.", NothingToPayReason,
            "The booking's total is 0, so the payment was settled without a card; no confirmation is needed.", payment);

    public static ProblemHttpResult ConfirmedClientSide() =>
        TypedResults.Problem(
            "Stripe payments are confirmed in the browser with Stripe.js using the payment's instructions.clientSecret; the outcome arrives by webhook.",
            statusCode: StatusCodes.Status409Conflict, title: "This payment is confirmed client-side.",
            extensions: new Dictionary<string, object?> { ["reason"] = ConfirmClientSide });

    static ProblemHttpResult Problem(int status, string title, string reason, string detail, Payment payment) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?>
        {
            ["reason"] = reason,
            ["paymentId"] = payment.Id,
            ["status"] = payment.Status.ToString(),
        });
}
