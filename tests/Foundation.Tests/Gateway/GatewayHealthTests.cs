using System.Net;
using System.Text.Json;
using Platform.Gateway.Routing;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayHealthTests
{
    [Fact]
    public async Task Health_lists_every_service_healthy_when_all_answer()
    {
        await using var gateway = await GatewayUnderTest.StartAsync();
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = await ChecksAsync(response);
        foreach (var name in DownstreamServiceCatalog.Names)
            Assert.Equal("Healthy", checks[name]);
    }

    [Fact]
    public async Task Health_is_503_naming_the_service_that_is_down()
    {
        await using var gateway = await GatewayUnderTest.StartAsync();
        await gateway.Services["bookings"].StopAsync();
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = await ChecksAsync(response);
        Assert.Equal("Unhealthy", checks["bookings"]);
        Assert.Equal("Healthy", checks["events"]);
    }

    [Fact]
    public async Task Health_is_503_when_a_service_reports_itself_unhealthy()
    {
        await using var gateway = await GatewayUnderTest.StartAsync();
        gateway.Services["notifications"].Healthy = false;
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", (await ChecksAsync(response))["notifications"]);
        // Names what the service itself reports down, not only that it is.
        Assert.Equal("notifications answered 503: database not healthy", (await DescriptionsAsync(response))["notifications"]);
    }

    private static async Task<Dictionary<string, string>> ChecksAsync(HttpResponseMessage response) =>
        await ReadChecksAsync(response, "status");

    private static async Task<Dictionary<string, string>> DescriptionsAsync(HttpResponseMessage response) =>
        await ReadChecksAsync(response, "description");

    private static async Task<Dictionary<string, string>> ReadChecksAsync(HttpResponseMessage response, string property)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
            check => check.GetProperty("name").GetString()!,
            check => check.GetProperty(property).GetString()!);
    }
}
