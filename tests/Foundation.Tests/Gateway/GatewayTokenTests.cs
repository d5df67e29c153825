using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Platform.Foundation.Tests.Gateway;

// The services validate the tokens they are forwarded; the gateway acts on no one's identity, so it checks
// no signature (a hold in a hot drop should not pay for two) and never needs Auth's signing keys.
public sealed class GatewayTokenTests
{
    [Fact]
    public async Task A_bearer_request_is_forwarded_with_its_token_and_the_gateway_asks_auth_for_no_keys()
    {
        await using var gateway = await GatewayUnderTest.StartAsync();
        using var client = gateway.CreateClient();
        var token = UnsignedBearer.For(Guid.CreateVersion7().ToString());

        foreach (var path in new[] { "/api/bookings/mine", "/api/events" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = token } };
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(path, (await response.Content.ReadFromJsonAsync<EchoedRequest>())!.Path);
        }

        // A forwarded request is answered only after the gateway has authenticated (or not) its caller.
        Assert.Empty(gateway.Services["auth"].Received);
    }
}
