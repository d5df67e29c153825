using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.GraphQL;

// The customer's path through GraphQL only: place, wait for the payment, pay, wait for the outcome.
internal static class GraphQLShopping
{
    public static async Task<JsonElement> PlaceAsync(this GraphQLCaller caller, Guid occurrenceId, Guid ticketTypeId, int quantity, string? key = null)
    {
        var data = await caller.DataAsync(Documents.PlaceBooking,
            new { input = Documents.Order(occurrenceId, ticketTypeId, quantity), key = key ?? Guid.NewGuid().ToString() });
        return data.GetProperty("placeBooking");
    }

    /// <summary>Waits until Payments has created the booking's payment (a moment after the booking) and returns its status.</summary>
    public static async Task<string> WaitForPaymentAsync(this GraphQLCaller caller, Guid bookingId)
    {
        var booking = await Eventually.Until(
            () => caller.DataAsync(Documents.BookingWithPayment, new { id = bookingId }),
            data => data.GetProperty("booking").GetProperty("payment").GetProperty("details").ValueKind == JsonValueKind.Object,
            $"the payment of booking {bookingId}");
        return booking.GetProperty("booking").GetProperty("payment").GetProperty("details").GetProperty("status").GetString()!;
    }

    public static Task<JsonElement> WaitForStatusAsync(this GraphQLCaller caller, Guid bookingId, string status) =>
        Eventually.Until(
            async () => (await caller.DataAsync(Documents.BookingWithTickets, new { id = bookingId })).GetProperty("booking"),
            booking => booking.GetProperty("status").GetString() == status,
            $"booking {bookingId} to be {status}");

    public static async Task<GraphQLAnswer> PayAsync(this GraphQLCaller caller, JsonElement placed, string card)
    {
        await caller.WaitForPaymentAsync(placed.GetProperty("id").GetGuid());
        return await caller.SendAsync(Documents.ConfirmPayment,
            new { paymentId = placed.GetProperty("payment").GetProperty("paymentId").GetGuid(), card });
    }

    /// <summary>Places, pays with a good card and waits for the confirmation; returns the confirmed booking with its tickets.</summary>
    public static async Task<JsonElement> BuyAsync(this GraphQLCaller caller, Guid occurrenceId, Guid ticketTypeId, int quantity)
    {
        var placed = await caller.PlaceAsync(occurrenceId, ticketTypeId, quantity);
        var paid = await caller.PayAsync(placed, "tok_success");
        Assert.True(paid.Errors.Count == 0, paid.ToString());
        return await caller.WaitForStatusAsync(placed.GetProperty("id").GetGuid(), "Confirmed");
    }
}
