using System.Net;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

public sealed class GatewayDownstreamFailureTests
{
    [Fact]
    public async Task Service_that_is_down_gives_502_problem_details_naming_it()
    {
        await using var gateway = await GatewayUnderTest.StartAsync();
        await gateway.Services["payments"].StopAsync();
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/payments/1");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadGateway);
        Assert.Contains("payments", problem.GetProperty("detail").GetString());
    }
}
