using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayThrottlingTests
{
    private static Task<GatewayUnderTest> StartAsync(int credentialLimit = 100, int perIpLimit = 1000, string window = "00:01:00") =>
        GatewayUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:CredentialPermitLimit"] = credentialLimit.ToString(),
            ["Gateway:CredentialWindow"] = window,
            ["Gateway:PerIpPermitLimit"] = perIpLimit.ToString(),
            ["Gateway:PerIpWindow"] = window,
        });

    [Fact]
    public async Task Sign_in_beyond_the_limit_is_429_problem_with_retry_after()
    {
        await using var gateway = await StartAsync(credentialLimit: 3);
        using var client = gateway.CreateClient();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = "a@example.com", password = "x" });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var throttled = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = "a@example.com", password = "x" });

        var problem = await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(throttled.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains("try again", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/auth/sign-in")]
    [InlineData("/api/auth/register")]
    [InlineData("/api/auth/forgot-password")]
    [InlineData("/connect/token")]
    public async Task Each_credential_route_has_the_strict_budget(string path)
    {
        await using var gateway = await StartAsync(credentialLimit: 1);
        using var client = gateway.CreateClient();

        using var first = await client.PostAsync(path, new StringContent(""));
        using var second = await client.PostAsync(path, new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task Exhausted_sign_in_budget_leaves_other_routes_and_reads_of_the_same_path_alone()
    {
        await using var gateway = await StartAsync(credentialLimit: 1);
        using var client = gateway.CreateClient();
        using (await client.PostAsync("/api/auth/sign-in", new StringContent(""))) { }
        using (var throttled = await client.PostAsync("/api/auth/sign-in", new StringContent("")))
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);

        using var events = await client.GetAsync("/api/events");
        using var refresh = await client.PostAsync("/api/auth/refresh", new StringContent(""));
        using var read = await client.GetAsync("/api/auth/sign-in");

        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Overall_per_ip_budget_throttles_every_route_but_not_health()
    {
        await using var gateway = await StartAsync(perIpLimit: 5);
        using var client = gateway.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var allowed = await client.GetAsync($"/api/events/{i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var throttled = await client.GetAsync("/api/bookings/mine");
        using var health = await client.GetAsync("/health");

        await throttled.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(throttled.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Budget_comes_back_after_the_window()
    {
        await using var gateway = await StartAsync(credentialLimit: 1, window: "00:00:01");
        using var client = gateway.CreateClient();
        using (await client.PostAsync("/api/auth/register", new StringContent(""))) { }
        using (var throttled = await client.PostAsync("/api/auth/register", new StringContent("")))
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        using var again = await client.PostAsync("/api/auth/register", new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Theory]
    [InlineData("Gateway:CredentialPermitLimit", "0")]
    [InlineData("Gateway:PerIpPermitLimit", "-1")]
    [InlineData("Gateway:CredentialWindow", "00:00:00")]
    public async Task Invalid_limit_fails_start_naming_the_setting(string key, string value)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            GatewayUnderTest.StartAsync(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key, error.ToString());
    }
}
