using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Payments.Service.Confirmation;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Providers.Stripe;
using Platform.ServiceDefaults.Authentication;

namespace Payments.Service.Apis;

public static class PaymentsApi
{
    const int MaxListed = 100;

    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/payments")
            .WithTags("Payments")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapGet("/{paymentId:guid}", GetPaymentAsync)
            .WithName("GetPayment")
            .WithSummary("The caller's payment with its instructions and refunds.")
            .WithDescription("While it can be paid, instructions say how (the confirm path and, with the Simulated provider, its test card tokens). 404 when the payment is not the caller's.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", ListPaymentsAsync)
            .WithName("ListPayments")
            .WithSummary("The caller's payments, newest first; bookingId narrows to one booking's.")
            .WithDescription("At most 100 payments. 400 names bookingId when it is not a GUID.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/{paymentId:guid}/confirm", ConfirmPaymentAsync)
            .WithName("ConfirmPayment")
            .WithSummary("Charges the card token once; repeating it after success answers the succeeded payment.")
            .WithDescription("402 when the card is declined (the booking fails). 503 provider_unavailable with Retry-After when the provider "
                + "could not be reached: no money was taken and the payment stays open, so confirm again until the hold ends. "
                + "409 payment_in_progress with Retry-After while an earlier confirmation is still being charged; confirm again for its outcome. "
                + "409 payment_cancelled, payment_failed, payment_expired or nothing_to_pay when the payment can no longer be confirmed.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status402PaymentRequired)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapStripeWebhook();
        return app;
    }

    public static async Task<Results<Ok<PaymentResponse>, NotFound>> GetPaymentAsync(
        Guid paymentId,
        ClaimsPrincipal user,
        PaymentsDbContext db,
        PaymentInstructionsReader instructions,
        CancellationToken cancellationToken)
    {
        if (!TryCustomerId(user, out var customerId))
            return TypedResults.NotFound();
        var payment = await db.Payments.AsNoTracking().Include(p => p.Refunds)
            .SingleOrDefaultAsync(p => p.Id == paymentId && p.CustomerId == customerId, cancellationToken);
        return payment is null ? TypedResults.NotFound() : TypedResults.Ok((await instructions.ResponsesAsync([payment], cancellationToken))[0]);
    }

    public static async Task<Results<Ok<List<PaymentResponse>>, ValidationProblem>> ListPaymentsAsync(
        ClaimsPrincipal user,
        PaymentsDbContext db,
        PaymentInstructionsReader instructions,
        string? bookingId,
        CancellationToken cancellationToken)
    {
        Guid? booking = null;
        if (bookingId is not null)
        {
            if (!Guid.TryParse(bookingId, out var parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["bookingId"] = ["bookingId must be a booking id (a GUID)."] });
            booking = parsed;
        }
        if (!TryCustomerId(user, out var customerId))
            return TypedResults.Ok(new List<PaymentResponse>());

        var payments = await db.Payments.AsNoTracking().Include(p => p.Refunds)
            .Where(p => p.CustomerId == customerId && (booking == null || p.BookingId == booking))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(await instructions.ResponsesAsync(payments, cancellationToken));
    }

    public static async Task<Results<Ok<PaymentResponse>, ValidationProblem, NotFound, ProblemHttpResult, RetryLaterProblem>> ConfirmPaymentAsync(
        Guid paymentId,
        ConfirmPaymentRequest request,
        ClaimsPrincipal user,
        IPaymentProvider provider,
        PaymentConfirmation confirmation,
        CancellationToken cancellationToken)
    {
        if (provider.Name == StripePaymentProvider.ProviderName)
            return TryCustomerId(user, out var payer) && await confirmation.FindAsync(paymentId, payer, cancellationToken) is { IsFree: true } free
                ? PaymentProblems.NothingToPay(free)
                : PaymentProblems.ConfirmedClientSide();
        var cardToken = request.CardToken?.Trim();
        if (string.IsNullOrEmpty(cardToken))
            return CardTokenProblem("cardToken is required.");
        var tokenKind = provider.TokenKindOf(cardToken);
        if (tokenKind is null)
            return CardTokenProblem($"cardToken is not a card token the {provider.Name} provider accepts.");
        if (!TryCustomerId(user, out var customerId))
            return TypedResults.NotFound();

        var result = await confirmation.ConfirmAsync(paymentId, customerId, cardToken, tokenKind, cancellationToken);
        var payment = result.Payment;
        return result.Outcome switch
        {
            ConfirmOutcome.NotFound => TypedResults.NotFound(),
            ConfirmOutcome.Succeeded => TypedResults.Ok(PaymentResponse.From(payment!, provider)),
            ConfirmOutcome.Declined => PaymentProblems.Declined(payment!),
            ConfirmOutcome.ProviderUnavailable => PaymentProblems.Unavailable(payment!),
            ConfirmOutcome.Cancelled => PaymentProblems.Cancelled(payment!),
            ConfirmOutcome.AlreadyFailed => PaymentProblems.AlreadyFailed(payment!),
            ConfirmOutcome.Expired => PaymentProblems.Expired(payment!),
            ConfirmOutcome.NothingToPay => PaymentProblems.NothingToPay(payment!),
            _ => PaymentProblems.InProgress(payment!),
        };
    }

    static ValidationProblem CardTokenProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cardToken"] = [message] });

    static bool TryCustomerId(ClaimsPrincipal user, out Guid customerId)
    {
        customerId = user.UserId() ?? Guid.Empty;
        return customerId != Guid.Empty;
    }
}
