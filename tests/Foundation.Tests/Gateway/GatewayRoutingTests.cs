using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayRoutingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/auth/users/me", "auth")]
    [InlineData("/api/organizations/7b1c/members", "auth")]
    [InlineData("/api/admin/users", "auth")]
    [InlineData("/connect/token", "auth")]
    [InlineData("/.well-known/openid-configuration", "auth")]
    [InlineData("/api/events", "events")]
    [InlineData("/api/events/2024/concerts", "events")]
    [InlineData("/api/bookings/abc", "bookings")]
    [InlineData("/api/payments/webhooks/stripe", "payments")]
    [InlineData("/api/notifications/sent", "notifications")]
    public async Task Each_area_is_forwarded_to_its_service_with_the_path_unchanged(string path, string service)
    {
        using var client = fixture.Gateway.CreateClient();

        var echoed = await client.GetFromJsonAsync<EchoedRequest>($"{path}?page=2&sort=date");

        Assert.Equal(service, echoed!.Service);
        Assert.Equal(path, echoed.Path);
        Assert.Equal("?page=2&sort=date", echoed.Query);
    }

    [Fact]
    public async Task Post_body_reaches_the_service()
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/bookings", new { seats = 3 });
        var echoed = await response.Content.ReadFromJsonAsync<EchoedRequest>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("POST", echoed!.Method);
        Assert.True(echoed.BodyLength > 0);
    }

    [Theory]
    [InlineData("/api/unknown/thing")]
    [InlineData("/apiauth")]
    [InlineData("/favicon.ico")]
    public async Task Unknown_route_is_404_problem_details(string path)
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync(path);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(path, problem.GetProperty("detail").GetString());
    }
}
