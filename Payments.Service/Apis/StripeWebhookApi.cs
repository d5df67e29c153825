using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Payments.Service.Providers.Stripe;

namespace Payments.Service.Apis;

// Stripe calls this; it carries no user, only Stripe's signature over the raw body.
public static class StripeWebhookApi
{
    const int MaxBodyBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapStripeWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments/webhooks/stripe", ReceiveAsync)
            .WithTags("Payments")
            .WithName("StripeWebhook")
            .WithSummary("Stripe's event webhook: signature-checked, each event applied once.")
            .WithDescription("Called by Stripe, not by clients: a request without a valid Stripe-Signature is refused with 400, and an event seen before is acknowledged without being applied again.")
            .AllowAnonymous()
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<Ok, ValidationProblem, NotFound>> ReceiveAsync(
        HttpRequest request,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        // Only a service configured for Stripe has a webhook.
        if (services.GetService<StripeWebhookProcessor>() is not { } processor)
            return TypedResults.NotFound();
        var signature = request.Headers["Stripe-Signature"].ToString();
        if (string.IsNullOrWhiteSpace(signature))
            return SignatureProblem("The Stripe-Signature header is required.");
        if (request.ContentLength > MaxBodyBytes)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The event is larger than a Stripe event can be."] });

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        return await processor.HandleAsync(payload, signature, cancellationToken) switch
        {
            StripeWebhookOutcome.Rejected => SignatureProblem("The Stripe-Signature does not match the body under the webhook secret, or its timestamp is too old."),
            _ => TypedResults.Ok(),
        };
    }

    static ValidationProblem SignatureProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["stripeSignature"] = [message] });
}
