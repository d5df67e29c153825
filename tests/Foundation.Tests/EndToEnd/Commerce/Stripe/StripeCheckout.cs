using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Foundation.Tests.PaymentsService.Stripe;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Stripe;

// The payment instructions a Stripe checkout page reads: Stripe.js confirms ClientSecret with PublishableKey.
internal sealed record StripePaymentView(Guid Id, string Status, string Provider, string? ProviderReference, StripeInstructionsView? Instructions)
{
    public override string ToString() => $"{Provider} {Status} {ProviderReference}";
}

internal sealed record StripeInstructionsView(string Provider, string? ClientSecret, string? PublishableKey);

// A customer paying in the browser with Stripe.js, and Stripe telling the platform about it.
internal sealed class StripeCheckout(StripePlatformFixture fixture)
{
    /// <summary>The payment once Payments has created its PaymentIntent and shows the client secret.</summary>
    public Task<StripePaymentView> InstructionsAsync(Shopper shopper, BookingView booking) =>
        Eventually.Until(async () =>
        {
            using var response = await shopper.GetAsync($"/api/payments/{booking.Payment.PaymentId}");
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
            return await response.Content.ReadFromJsonAsync<StripePaymentView>();
        }, p => p?.Instructions?.ClientSecret is not null, "the Stripe payment's client secret")!;

    /// <summary>The intent the stand-in holds for the booking's payment.</summary>
    public JsonObject IntentOf(BookingView booking) => fixture.StandIn.IntentFor(booking.Payment.PaymentId);

    /// <summary>Stripe.js confirms the card in the browser; Stripe then sends payment_intent.succeeded.</summary>
    public JsonObject Succeeded(BookingView booking) =>
        StripeWebhookSender.Event("payment_intent.succeeded", fixture.StandIn.MarkSucceeded(IntentOf(booking)["id"]!.GetValue<string>()));

    public async Task DeliverAsync(JsonObject stripeEvent)
    {
        using var response = await fixture.Webhooks.SendAsync(stripeEvent);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
    }

    /// <summary>Books, pays through Stripe and waits for the confirmation.</summary>
    public async Task<BookingView> BuyAsync(Shopper shopper, PublishedEvent published, int seats)
    {
        var booking = await shopper.BookAsync(published.OccurrenceId, (published.Standard, seats));
        await InstructionsAsync(shopper, booking);
        await DeliverAsync(Succeeded(booking));
        return await shopper.WaitForBookingAsync(booking.Id, "Confirmed");
    }

    /// <summary>PaymentSucceeded messages Payments wrote to its outbox for the payment.</summary>
    public async Task<long> PaymentSucceededCountAsync(Guid paymentId)
    {
        await using var connection = new NpgsqlConnection(await fixture.Platform.ConnectionStringAsync("paymentsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%PaymentSucceeded%' AND body::text LIKE '%' || @id || '%'", connection);
        command.Parameters.AddWithValue("id", paymentId.ToString());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
