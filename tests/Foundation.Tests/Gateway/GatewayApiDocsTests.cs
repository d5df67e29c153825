using System.Net;
using System.Text.Json;
using Platform.Gateway.Routing;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayApiDocsTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("auth")]
    [InlineData("events")]
    [InlineData("bookings")]
    [InlineData("payments")]
    [InlineData("notifications")]
    public async Task Each_service_document_is_served_from_its_own_openapi_v1(string service)
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync($"/openapi/{service}.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal($"{service} service", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Scalar_page_lists_every_service_document()
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        foreach (var name in DownstreamServiceCatalog.Names)
            Assert.Contains($"\"url\":\"openapi/{name}.json\"", page);
    }
}
