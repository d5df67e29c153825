using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

// Builds Stripe events and signs them as Stripe does: header "t=<unix seconds>,v1=<hex HMAC-SHA256
// of "<t>.<raw body>" keyed with the endpoint's signing secret>".
public sealed class StripeWebhookSender(HttpClient service, string webhookSecret)
{
    public const string Path = "/api/payments/webhooks/stripe";

    public static JsonObject Event(string type, JsonObject dataObject) => new()
    {
        ["id"] = $"evt_{Guid.NewGuid():N}",
        ["object"] = "event",
        ["api_version"] = global::Stripe.StripeConfiguration.ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["type"] = type,
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
    };

    public static JsonObject PaymentFailed(JsonObject intent, string declineCode)
    {
        var failed = (JsonObject)intent.DeepClone();
        failed["status"] = "requires_payment_method";
        failed["last_payment_error"] = new JsonObject
        {
            ["type"] = "card_error",
            ["code"] = "card_declined",
            ["decline_code"] = declineCode,
            ["message"] = "Your card was declined.",
        };
        return Event("payment_intent.payment_failed", failed);
    }

    public static JsonObject ChargeRefunded(JsonObject intent, string refundId) => Event("charge.refunded", new JsonObject
    {
        ["id"] = $"ch_{Guid.NewGuid():N}",
        ["object"] = "charge",
        ["amount"] = intent["amount"]!.GetValue<long>(),
        ["amount_refunded"] = intent["amount"]!.GetValue<long>(),
        ["currency"] = intent["currency"]!.GetValue<string>(),
        ["payment_intent"] = intent["id"]!.GetValue<string>(),
        ["refunded"] = true,
        ["status"] = "succeeded",
        ["refunds"] = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(new JsonObject { ["id"] = refundId, ["object"] = "refund", ["status"] = "succeeded" }),
        },
    });

    public static string Signature(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hash)}";
    }

    public Task<HttpResponseMessage> SendAsync(JsonObject stripeEvent) =>
        SendRawAsync(stripeEvent.ToJsonString(), payload => Signature(payload, webhookSecret, DateTimeOffset.UtcNow));

    public async Task<HttpResponseMessage> SendRawAsync(string payload, Func<string, string?> signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature(payload) is { } header)
            request.Headers.TryAddWithoutValidation("Stripe-Signature", header);
        return await service.SendAsync(request);
    }
}
