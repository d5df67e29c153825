using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Gateway.Routing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// A newcomer reads the API at the gateway's /scalar, which loads each service's document from /openapi/<service>.json.
[Collection(EndToEndCollection.Name)]
public sealed class ApiDocsThroughGatewayTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Every_service_document_describes_each_operation_and_field_and_requires_no_optional_field()
    {
        using var gateway = fixture.Platform.CreateGatewayClient();

        var gaps = new List<string>();
        foreach (var service in DownstreamServiceCatalog.Names)
        {
            using var response = await gateway.GetAsync($"/openapi/{service}.json");
            Assert.True(response.StatusCode == HttpStatusCode.OK,
                $"{await Customer.DescribeAsync(response)}\n{fixture.Platform.LogsOf(service)[^Math.Min(6000, fixture.Platform.LogsOf(service).Length)..]}");
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            gaps.AddRange(OpenApiDocumentAudit.GapsIn(document.RootElement).Select(gap => $"{service}: {gap}"));
        }

        Assert.True(gaps.Count == 0, $"{gaps.Count} gaps in the API documents:\n{string.Join('\n', gaps)}");
    }

    [Fact]
    public async Task Every_service_document_carries_the_platforms_title_and_says_what_the_service_does()
    {
        using var gateway = fixture.Platform.CreateGatewayClient();

        foreach (var service in DownstreamServiceCatalog.Names)
        {
            using var document = JsonDocument.Parse(await gateway.GetStringAsync($"/openapi/{service}.json"));
            var info = document.RootElement.GetProperty("info");
            Assert.StartsWith("Ticketing platform", info.GetProperty("title").GetString());
            Assert.False(string.IsNullOrWhiteSpace(info.TryGetProperty("description", out var d) ? d.GetString() : null),
                $"{service}'s document does not say what the service does");
        }
    }

    [Fact]
    public async Task Scalar_page_carries_the_platforms_title_not_scalars_default()
    {
        using var gateway = fixture.Platform.CreateGatewayClient();

        using var response = await gateway.GetAsync("/scalar");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(response));
        var page = await response.Content.ReadAsStringAsync();
        var title = Regex.Match(page, "<title>(?<title>[^<]*)</title>").Groups["title"].Value;
        Assert.Equal("Ticketing platform API", title);
        Assert.DoesNotContain("Scalar API Reference", page);
    }
}
