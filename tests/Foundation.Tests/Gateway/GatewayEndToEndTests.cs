using System.Net;
using System.Text.Json;
using Platform.Gateway.Routing;
using Platform.Foundation.Tests.EndToEnd;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

// The real platform: five services and the gateway as processes over real Postgres, Redis and RabbitMQ
// (the end-to-end account tests' platform: a platform start is the dearest thing a test can do).
[Collection(EndToEndCollection.Name)]
public sealed class GatewayEndToEndTests(PlatformFixture fixture)
{
    private PlatformUnderTest Platform => fixture.Platform;

    [Fact]
    public async Task Gateway_health_lists_all_five_services_healthy_and_each_service_document_is_served()
    {
        using var client = Platform.CreateGatewayClient();

        using var health = await client.GetAsync("/health");
        var body = await health.Content.ReadAsStringAsync();

        Assert.True(health.StatusCode == HttpStatusCode.OK,
            $"gateway /health answered {(int)health.StatusCode}: {body}\n{Platform.LogsOf("gateway")}");
        using var report = JsonDocument.Parse(body);
        var checks = report.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("name").GetString()!, check => check.GetProperty("status").GetString());
        foreach (var name in DownstreamServiceCatalog.Names)
        {
            Assert.Equal("Healthy", checks.GetValueOrDefault(name));

            using var document = await client.GetAsync($"/openapi/{name}.json");
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            using var json = JsonDocument.Parse(await document.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.TryGetProperty("openapi", out _), $"/openapi/{name}.json is not an OpenAPI document");
        }
    }

    [Fact]
    public async Task Correlation_id_given_to_the_gateway_reaches_the_service_behind_it()
    {
        using var client = Platform.CreateGatewayClient();
        var correlationId = $"e2e-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events/no-such-endpoint");
        request.Headers.Add("X-Correlation-ID", correlationId);

        using var response = await client.SendAsync(request);

        // /api/events/* always matches a gateway route, so this 404 and its body come from the events service.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(correlationId, problem.RootElement.GetProperty("correlationId").GetString());
        Assert.Equal(correlationId, Assert.Single(response.Headers.GetValues("X-Correlation-ID")));
    }
}
