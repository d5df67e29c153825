using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd.Commerce.Coupons;

// An organizer's coupon screens, through the gateway, with whichever token is given (owner by default).
internal sealed class CouponDesk(Organizer organizer)
{
    public string CouponsPath => $"/api/bookings/organizations/{organizer.OrganizationId}/coupons";

    public Task<HttpResponseMessage> PostAsync(object? body, string? idempotencyKey = "new", string? accessToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CouponsPath)
        {
            Content = body is string raw ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken ?? organizer.AccessToken);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey == "new" ? Guid.NewGuid().ToString() : idempotencyKey);
        return organizer.Owner.Gateway.SendAsync(request);
    }

    /// <summary>Creates a coupon and expects 201.</summary>
    public async Task<CouponView> CreateAsync(object body)
    {
        using var response = await PostAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<CouponView>())!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathUnderCoupons, string? accessToken = null) =>
        organizer.Owner.SendAsync(method, $"{CouponsPath}{pathUnderCoupons}", accessToken ?? organizer.AccessToken);

    public async Task<CouponView> GetAsync(Guid couponId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/{couponId}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<CouponView>())!;
    }

    public async Task<RedemptionPageView> RedemptionsAsync(Guid couponId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/{couponId}/redemptions");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<RedemptionPageView>())!;
    }

    /// <summary>Waits until the code's redemptions read as expected (a give-back travels through the saga).</summary>
    public Task<RedemptionPageView> WaitForRedemptionsAsync(Guid couponId, Func<RedemptionPageView, bool> done, string what) =>
        Eventually.Until(() => RedemptionsAsync(couponId), done, what);
}
