using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewaySecurityHeadersTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/events/1")]
    [InlineData("/api/nowhere")]
    [InlineData("/health")]
    [InlineData("/openapi/auth.json")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.StartsWith("default-src 'none'", Header(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS must only be sent over https");
    }

    [Fact]
    public async Task Api_reference_page_gets_a_policy_that_lets_its_scripts_run_from_this_origin_only()
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync("/scalar");

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("*", policy);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{name} header missing on {response.RequestMessage?.RequestUri}");
}
