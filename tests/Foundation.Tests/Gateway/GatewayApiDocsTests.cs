using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
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

    [Fact]
    public async Task Scalar_page_scripts_are_served_by_the_gateway_itself()
    {
        using var client = fixture.Gateway.CreateClient();
        using var page = await client.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();

        var scripts = Regex.Matches(html, "<script[^>]* src=\"(?<src>[^\"]+)\"").Select(match => match.Groups["src"].Value).ToArray();

        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            Assert.False(Uri.IsWellFormedUriString(script, UriKind.Absolute), $"{script} is loaded from another origin");
            using var response = await client.GetAsync(new Uri(page.RequestMessage!.RequestUri!, script));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
