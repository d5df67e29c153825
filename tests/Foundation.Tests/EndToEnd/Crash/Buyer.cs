using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit.Sdk;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// A customer who keeps trying while a service or a server is down, as a real one would: the same Idempotency-Key
// for the booking until it is answered, and the confirm again until Payments says how it ended.
internal sealed class Buyer(Shopper shopper, string? cardToken, (Guid TicketTypeId, int Quantity)[] lines, Calls calls)
{
    static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);
    static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(5);

    public Shopper Shopper => shopper;

    /// <summary>The test card this buyer pays with; null for one who never pays.</summary>
    public string? CardToken => cardToken;

    public IReadOnlyList<(Guid TicketTypeId, int Quantity)> Lines => lines;

    public int Admissions => lines.Sum(l => l.Quantity);

    /// <summary>The booking as the first answer that carried it (201, or 200 for a replayed key).</summary>
    public BookingView? Booking { get; private set; }

    /// <summary>How the confirm ended: status code and reason, e.g. "200", "402 card_declined", "409 payment_expired".</summary>
    public string? ConfirmAnswer { get; private set; }

    /// <summary>Confirm requests that the gateway could not pass on (Payments down), that found the charge in progress
    /// or the provider unavailable.</summary>
    public int ConfirmRetries { get; private set; }

    public async Task PlaceAsync(Guid occurrenceId, DateTime deadline)
    {
        var key = Guid.NewGuid().ToString();
        var order = Shopper.Order(occurrenceId, lines);
        while (true)
        {
            var answer = await TryAsync(Call.Booking, () => shopper.PostBookingAsync(order, key));
            if (answer is { Status: HttpStatusCode.Created or HttpStatusCode.OK })
            {
                Booking = answer.Value.Body.Deserialize<BookingView>(JsonSerializerOptions.Web);
                return;
            }
            if (answer is { } final && !IsTransient(final))
                throw new XunitException($"booking by {shopper.Person.Email}: {(int)final.Status} {final.Body}");
            await PauseUntil(deadline, answer, $"a booking for {shopper.Person.Email}");
        }
    }

    /// <summary>Waits until Payments knows the payment, then confirms until the answer is final.</summary>
    public async Task PayAsync(DateTime deadline, Action? confirming = null)
    {
        if (cardToken is null || Booking is null)
            return;
        var paymentPath = $"/api/payments/{Booking.Payment.PaymentId}";
        while ((await TryAsync(Call.Payment, () => shopper.GetAsync(paymentPath))) is not { Status: HttpStatusCode.OK })
            await PauseUntil(deadline, null, $"payment {Booking.Payment.PaymentId} to exist");

        confirming?.Invoke();
        while (true)
        {
            var answer = await TryAsync(Call.Confirm, () => shopper.PostAsync(Booking.Payment.ConfirmUrl, new { cardToken }));
            if (answer is { } seen && !IsTransient(seen))
            {
                var reason = seen.Body.ValueKind == JsonValueKind.Object && seen.Body.TryGetProperty("reason", out var r) ? r.GetString() : null;
                if (reason is not ("payment_in_progress" or "provider_unavailable"))
                {
                    ConfirmAnswer = reason is null ? $"{(int)seen.Status}" : $"{(int)seen.Status} {reason}";
                    return;
                }
            }
            ConfirmRetries++;
            await PauseUntil(deadline, answer, $"a final answer to the confirm of {Booking.Payment.PaymentId}");
        }
    }

    // Worth asking again: whatever says so with Retry-After, and a server error or the gateway's answer while a
    // service is down or starting; Payments' own 503 without Retry-After carries a reason and is final.
    static bool IsTransient(Answer answer) =>
        answer.RetryAfter is not null
        || answer.Status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout
        || (answer.Status is HttpStatusCode.ServiceUnavailable && !(answer.Body.ValueKind == JsonValueKind.Object && answer.Body.TryGetProperty("reason", out _)));

    // Null when the request did not get an answer at all (refused, reset or timed out).
    async Task<Answer?> TryAsync(string what, Func<Task<HttpResponseMessage>> send)
    {
        var sentAt = DateTime.UtcNow;
        try
        {
            using var response = await send();
            var text = await response.Content.ReadAsStringAsync();
            calls.Add(new Call(what, sentAt, DateTime.UtcNow, (int)response.StatusCode));
            var body = text.Length > 0 && (text[0] == '{' || text[0] == '[') ? JsonSerializer.Deserialize<JsonElement>(text) : default;
            return new Answer(response.StatusCode, body, response.Headers.RetryAfter?.Delta);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            calls.Add(new Call(what, sentAt, DateTime.UtcNow, null));
            return null;
        }
    }

    static async Task PauseUntil(DateTime deadline, Answer? answer, string what)
    {
        if (DateTime.UtcNow > deadline)
            throw new XunitException($"gave up waiting for {what}");
        var asked = answer?.RetryAfter is { } wait ? TimeSpan.FromTicks(Math.Min(wait.Ticks, LongestRetryAfter.Ticks)) : RetryPause;
        await Task.Delay(asked > RetryPause ? asked : RetryPause);
    }

    readonly record struct Answer(HttpStatusCode Status, JsonElement Body, TimeSpan? RetryAfter);
}
