using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Foundation.Tests.PaymentsService.Stripe;

// A local stand-in for the few Stripe endpoints Payments calls (create, retrieve and cancel a
// PaymentIntent; create a Refund), answering the way Stripe's API reference describes, including
// replaying the first answer for a repeated Idempotency-Key. Records every request it receives.
public sealed class StripeStandIn : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentDictionary<string, JsonObject> intents = new();
    readonly ConcurrentDictionary<string, (int Status, string Body)> answered = new();
    readonly SemaphoreSlim oneAtATime = new(1, 1);

    StripeStandIn(WebApplication app) => this.app = app;

    public string BaseUrl => app.Urls.Single();

    public ConcurrentQueue<StripeRequest> Requests { get; } = new();

    // Runs after an intent is created and before the create request is answered (a webhook that outruns the API's reply).
    public Func<JsonObject, Task>? BeforeAnsweringCreate { get; set; }

    public static async Task<StripeStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new StripeStandIn(app);
        app.MapPost("/v1/payment_intents", (Delegate)standIn.CreateIntentAsync);
        app.MapGet("/v1/payment_intents/{id}", (string id) => standIn.intents.TryGetValue(id, out var intent)
            ? Results.Content(intent.ToJsonString(), "application/json")
            : NoSuchIntent(id));
        app.MapPost("/v1/payment_intents/{id}/cancel", (Delegate)standIn.CancelIntentAsync);
        app.MapPost("/v1/refunds", (Delegate)standIn.CreateRefundAsync);
        await app.StartAsync();
        return standIn;
    }

    public IReadOnlyList<StripeRequest> RequestsTo(string method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path).ToList();

    public JsonObject IntentFor(Guid paymentId) =>
        intents.Values.Single(i => i["metadata"]?["payment_id"]?.GetValue<string>() == paymentId.ToString());

    // What Stripe.js confirming the intent in the customer's browser leaves behind.
    public JsonObject MarkSucceeded(string intentId)
    {
        var intent = intents[intentId];
        intent["status"] = "succeeded";
        intent["amount_received"] = intent["amount"]!.GetValue<long>();
        return intent;
    }

    async Task<IResult> CreateIntentAsync(HttpContext context)
    {
        var form = await RecordAsync(context);
        return await ReplayOrAnswerAsync(context, async () =>
        {
            var id = $"pi_{Guid.NewGuid():N}";
            var intent = new JsonObject
            {
                ["id"] = id,
                ["object"] = "payment_intent",
                ["amount"] = long.Parse(form["amount"]!),
                ["amount_received"] = 0,
                ["currency"] = form["currency"],
                ["description"] = form["description"],
                ["status"] = "requires_payment_method",
                ["client_secret"] = $"{id}_secret_{Guid.NewGuid():N}",
                ["livemode"] = false,
                ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["metadata"] = new JsonObject
                {
                    ["payment_id"] = form["metadata[payment_id]"],
                    ["booking_id"] = form["metadata[booking_id]"],
                },
            };
            intents[id] = intent;
            if (BeforeAnsweringCreate is { } hook)
                await hook(intent);
            return (200, intent.ToJsonString());
        });
    }

    async Task<IResult> CancelIntentAsync(HttpContext context, string id)
    {
        await RecordAsync(context);
        return await ReplayOrAnswerAsync(context, () =>
        {
            if (!intents.TryGetValue(id, out var intent))
                return Task.FromResult((404, ErrorBody("resource_missing", $"No such payment_intent: '{id}'")));
            if (intent["status"]!.GetValue<string>() == "succeeded")
                return Task.FromResult((400, ErrorBody("payment_intent_unexpected_state",
                    "You cannot cancel this PaymentIntent because it has a status of succeeded.")));
            intent["status"] = "canceled";
            return Task.FromResult((200, intent.ToJsonString()));
        });
    }

    async Task<IResult> CreateRefundAsync(HttpContext context)
    {
        var form = await RecordAsync(context);
        return await ReplayOrAnswerAsync(context, () =>
        {
            var intentId = form["payment_intent"]!;
            if (!intents.TryGetValue(intentId, out var intent) || intent["status"]!.GetValue<string>() != "succeeded")
                return Task.FromResult((400, ErrorBody("charge_not_refundable", "This PaymentIntent has no successful charge to refund.")));
            var refund = new JsonObject
            {
                ["id"] = $"re_{Guid.NewGuid():N}",
                ["object"] = "refund",
                ["amount"] = form.TryGetValue("amount", out var amount) ? long.Parse(amount!) : intent["amount"]!.GetValue<long>(),
                ["currency"] = intent["currency"]!.GetValue<string>(),
                ["payment_intent"] = intentId,
                ["status"] = "succeeded",
                ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            };
            return Task.FromResult((200, refund.ToJsonString()));
        });
    }

    async Task<Dictionary<string, string?>> RecordAsync(HttpContext context)
    {
        var request = context.Request;
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => (string?)f.Value.ToString())
            : new Dictionary<string, string?>();
        Requests.Enqueue(new StripeRequest(
            request.Method,
            request.Path.Value!,
            request.Headers["Idempotency-Key"].ToString(),
            request.Headers.Authorization.ToString(),
            form));
        return form;
    }

    // Stripe answers a repeated Idempotency-Key with the first answer, whatever happened since.
    async Task<IResult> ReplayOrAnswerAsync(HttpContext context, Func<Task<(int Status, string Body)>> answer)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        await oneAtATime.WaitAsync();
        try
        {
            if (key.Length == 0 || !answered.TryGetValue($"{context.Request.Path}|{key}", out var first))
            {
                first = await answer();
                if (key.Length > 0)
                    answered[$"{context.Request.Path}|{key}"] = first;
            }
            return Results.Content(first.Body, "application/json", statusCode: first.Status);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    static IResult NoSuchIntent(string id) =>
        Results.Content(ErrorBody("resource_missing", $"No such payment_intent: '{id}'"), "application/json", statusCode: 404);

    static string ErrorBody(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["code"] = code, ["message"] = message } }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record StripeRequest(string Method, string Path, string IdempotencyKey, string Authorization, IReadOnlyDictionary<string, string?> Form);
