using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

// A shopper applying a code at checkout, and what the platform answers.
internal static class CouponShopping
{
    public static object Order(Guid occurrenceId, string? couponCode, params (Guid TicketTypeId, int Quantity)[] lines) =>
        new { occurrenceId, lines = lines.Select(l => new { ticketTypeId = l.TicketTypeId, quantity = l.Quantity }).ToArray(), couponCode };

    public static Task<HttpResponseMessage> PostWithCouponAsync(this Shopper shopper, Guid occurrenceId, string? couponCode, params (Guid TicketTypeId, int Quantity)[] lines) =>
        shopper.PostBookingAsync(Order(occurrenceId, couponCode, lines), Guid.NewGuid().ToString());

    /// <summary>Books with the code and expects 201.</summary>
    public static async Task<PricedBookingView> BookWithCouponAsync(this Shopper shopper, Guid occurrenceId, string couponCode, params (Guid TicketTypeId, int Quantity)[] lines)
    {
        using var response = await shopper.PostWithCouponAsync(occurrenceId, couponCode, lines);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<PricedBookingView>())!;
    }

    public static async Task<PricedBookingView> PricedBookingAsync(this Shopper shopper, Guid bookingId)
    {
        using var response = await shopper.GetAsync($"/api/bookings/{bookingId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<PricedBookingView>())!;
    }

    /// <summary>Expects the booking refused for its coupon: 422, errors["couponCode"] and the reason code.</summary>
    public static async Task AssertCouponRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, await Customer.DescribeAsync(response));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("couponCode", out _), problem.ToString());
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
    }

    public static async Task AssertFieldRejectedAsync(HttpResponseMessage response, string field)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {await Customer.DescribeAsync(response)}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named: {problem}");
    }
}
