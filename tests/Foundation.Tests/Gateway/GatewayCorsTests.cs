using System.Net;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayCorsTests
{
    private const string AllowedOrigin = "https://tickets.example.com";

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/bookings");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    [Fact]
    public async Task Configured_origin_gets_a_preflight_answer_allowing_bearer_calls()
    {
        await using var gateway = await GatewayUnderTest.StartAsync(new Dictionary<string, string?> { ["Gateway:AllowedOrigins:0"] = AllowedOrigin });
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(Preflight(AllowedOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Other_origin_gets_no_cors_headers()
    {
        await using var gateway = await GatewayUnderTest.StartAsync(new Dictionary<string, string?> { ["Gateway:AllowedOrigins:0"] = AllowedOrigin });
        using var client = gateway.CreateClient();

        using var response = await client.SendAsync(Preflight("https://evil.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task No_origin_is_allowed_by_default()
    {
        await using var gateway = await GatewayUnderTest.StartAsync();
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_origin_with_a_path_fails_start_naming_the_setting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            GatewayUnderTest.StartAsync(new Dictionary<string, string?> { ["Gateway:AllowedOrigins:0"] = "https://tickets.example.com/app" }));

        Assert.Contains("Gateway:AllowedOrigins", error.ToString());
    }
}
