using System.Net.Http.Json;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayCorrelationTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string Header = "X-Correlation-ID";

    [Fact]
    public async Task Missing_correlation_id_is_generated_forwarded_and_echoed()
    {
        using var client = fixture.Gateway.CreateClient();

        using var response = await client.GetAsync("/api/events/1");
        var echoed = await response.Content.ReadFromJsonAsync<EchoedRequest>();

        var echoedToClient = Assert.Single(response.Headers.GetValues(Header));
        Assert.False(string.IsNullOrWhiteSpace(echoed!.CorrelationId));
        Assert.Equal(echoed.CorrelationId, echoedToClient);
    }

    [Fact]
    public async Task Valid_correlation_id_is_kept_and_forwarded()
    {
        using var client = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/bookings/1");
        request.Headers.Add(Header, "order-42.retry:1");

        using var response = await client.SendAsync(request);
        var echoed = await response.Content.ReadFromJsonAsync<EchoedRequest>();

        Assert.Equal("order-42.retry:1", echoed!.CorrelationId);
        Assert.Equal("order-42.retry:1", Assert.Single(response.Headers.GetValues(Header)));
    }

    [Fact]
    public async Task Invalid_correlation_id_is_replaced_before_forwarding()
    {
        using var client = fixture.Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/payments/1");
        request.Headers.TryAddWithoutValidation(Header, "<script>alert(1)</script>");

        using var response = await client.SendAsync(request);
        var echoed = await response.Content.ReadFromJsonAsync<EchoedRequest>();

        Assert.NotEqual("<script>alert(1)</script>", echoed!.CorrelationId);
        Assert.Matches("^[A-Za-z0-9._:-]{1,64}$", echoed.CorrelationId);
        Assert.Equal(echoed.CorrelationId, Assert.Single(response.Headers.GetValues(Header)));
    }
}
