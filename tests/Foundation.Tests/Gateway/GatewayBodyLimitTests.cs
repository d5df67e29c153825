using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayBodyLimitTests
{
    private static readonly Dictionary<string, string?> SmallLimit = new() { ["Gateway:MaxRequestBodyBytes"] = "1024" };

    [Fact]
    public async Task Body_over_the_limit_is_413_problem_details_and_never_reaches_the_service()
    {
        await using var gateway = await GatewayUnderTest.StartAsync(SmallLimit);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/api/bookings", new ByteArrayContent(new byte[1025]));

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1024", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413_problem_details()
    {
        await using var gateway = await GatewayUnderTest.StartAsync(SmallLimit);
        using var client = gateway.CreateClient();
        var content = new StreamContent(new MemoryStream(new byte[64 * 1024]));
        content.Headers.ContentLength = null;

        using var response = await client.PostAsync("/api/bookings", content);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Body_within_the_limit_is_forwarded_whole()
    {
        await using var gateway = await GatewayUnderTest.StartAsync(SmallLimit);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/api/bookings", new ByteArrayContent(new byte[1024]));
        var echoed = await response.Content.ReadFromJsonAsync<EchoedRequest>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1024, echoed!.BodyLength);
    }
}
