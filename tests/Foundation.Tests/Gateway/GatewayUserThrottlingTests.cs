using System.Net;
using System.Net.Http.Headers;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayUserThrottlingTests
{
    private static Task<GatewayUnderTest> StartAsync(int perUserLimit = 1000, int bookingLimit = 1000, int perIpLimit = 1000, string bookingWindow = "00:01:00") =>
        GatewayUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:PerIpPermitLimit"] = perIpLimit.ToString(),
            ["Gateway:PerIpWindow"] = "00:01:00",
            ["Gateway:PerUserPermitLimit"] = perUserLimit.ToString(),
            ["Gateway:PerUserWindow"] = "00:01:00",
            ["Gateway:BookingPermitLimit"] = bookingLimit.ToString(),
            ["Gateway:BookingWindow"] = bookingWindow,
        });

    [Fact]
    public async Task Two_signed_in_users_from_one_address_have_separate_budgets()
    {
        await using var gateway = await StartAsync(perUserLimit: 3);
        using var client = gateway.CreateClient();
        var ada = UnsignedBearer.For(Guid.CreateVersion7().ToString());
        var grace = UnsignedBearer.For(Guid.CreateVersion7().ToString());

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/events", ada));
        using var throttled = await SendAsync(client, HttpMethod.Get, "/api/bookings/mine", ada);

        var problem = await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Contains("try again", problem.GetProperty("detail").GetString());
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/events", grace));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/events", null));
    }

    [Fact]
    public async Task New_token_subjects_cannot_escape_the_per_address_budget()
    {
        await using var gateway = await StartAsync(perUserLimit: 100, perIpLimit: 5);
        using var client = gateway.CreateClient();

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/events", UnsignedBearer.For($"forged-{i}")));
        using var throttled = await SendAsync(client, HttpMethod.Get, "/api/events", UnsignedBearer.For("forged-next"));

        await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(throttled.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Creating_bookings_has_a_small_budget_per_user_that_leaves_other_routes_and_users_alone()
    {
        await using var gateway = await StartAsync(bookingLimit: 2, bookingWindow: "00:00:30");
        using var client = gateway.CreateClient();
        var buyer = UnsignedBearer.For(Guid.CreateVersion7().ToString());
        var other = UnsignedBearer.For(Guid.CreateVersion7().ToString());

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Post, "/api/bookings", buyer));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Post, "/api/bookings/", buyer));
        using var throttled = await SendAsync(client, HttpMethod.Post, "/api/bookings", buyer);

        var problem = await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single()), 1, 30);
        Assert.Contains("booking", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Get, "/api/bookings", buyer));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Post, $"/api/bookings/{Guid.CreateVersion7()}/cancel", buyer));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, HttpMethod.Post, "/api/bookings", other));
    }

    [Fact]
    public async Task Anonymous_booking_attempts_share_one_budget_per_address()
    {
        await using var gateway = await StartAsync(bookingLimit: 1);
        using var client = gateway.CreateClient();

        var first = await StatusAsync(client, HttpMethod.Post, "/api/bookings", null);
        var second = await StatusAsync(client, HttpMethod.Post, "/api/bookings", new AuthenticationHeaderValue("Bearer", "not-a-jwt"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (first, second));
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task Unreadable_authorization_is_passed_on_and_budgeted_by_address(string authorization)
    {
        await using var gateway = await StartAsync(perUserLimit: 1);
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var first = await client.SendAsync(request);
        var second = await StatusAsync(client, HttpMethod.Get, "/api/events", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second));
    }

    [Theory]
    [InlineData("Gateway:PerUserPermitLimit", "0")]
    [InlineData("Gateway:PerUserWindow", "00:00:00")]
    [InlineData("Gateway:BookingPermitLimit", "-3")]
    [InlineData("Gateway:BookingWindow", "02:00:00")]
    public async Task Invalid_user_or_booking_limit_fails_start_naming_the_setting(string key, string value)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            GatewayUnderTest.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.ToString());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = authorization;
        if (method == HttpMethod.Post)
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, HttpMethod method, string path, AuthenticationHeaderValue? authorization)
    {
        using var response = await SendAsync(client, method, path, authorization);
        return response.StatusCode;
    }
}
