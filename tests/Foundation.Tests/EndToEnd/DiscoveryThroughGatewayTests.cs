using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// A standard OIDC client starts from the discovery document: every address in it must be the gateway's,
// so sign-in goes through the gateway and its limits, whatever port Auth itself listens on.
[Collection(EndToEndCollection.Name)]
public sealed class DiscoveryThroughGatewayTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Every_url_in_discovery_is_the_gateway_and_a_client_following_them_signs_in_refreshes_and_revokes()
    {
        using var gateway = fixture.Platform.CreateGatewayClient();
        var discovery = await gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        var urls = UrlsIn(discovery);
        Assert.Contains("token_endpoint", urls.Keys);
        Assert.Contains("jwks_uri", urls.Keys);
        Assert.Contains("revocation_endpoint", urls.Keys);
        foreach (var (name, url) in urls)
            Assert.True(url.StartsWith(fixture.Platform.GatewayUrl.ToString(), StringComparison.Ordinal),
                $"{name} is {url}, not under the gateway {fixture.Platform.GatewayUrl}");

        using var jwks = await gateway.GetAsync(urls["jwks_uri"]);
        Assert.True(jwks.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(jwks));
        Assert.NotEmpty((await jwks.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keys").EnumerateArray());

        using var signedIn = await gateway.PostAsync(urls["token_endpoint"], new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "ticketing-web",
            ["username"] = fixture.Platform.AdminEmail,
            ["password"] = fixture.Platform.AdminPassword,
            ["scope"] = "offline_access",
        }));
        Assert.True(signedIn.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(signedIn));
        var tokens = await signedIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(discovery.GetProperty("issuer").GetString(), TokenClaims.Of(tokens.GetProperty("access_token").GetString()!)["iss"]);

        using var revoked = await gateway.PostAsync(urls["revocation_endpoint"], new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "ticketing-web",
            ["token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["token_type_hint"] = "refresh_token",
        }));
        Assert.True(revoked.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(revoked));

        using var reused = await gateway.PostAsync(urls["token_endpoint"], new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "ticketing-web",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        // Every other address it lists answers through the gateway too (no 404 from an unrouted path).
        foreach (var (name, url) in urls.Where(u => u.Key is not ("issuer" or "token_endpoint" or "revocation_endpoint" or "jwks_uri")))
        {
            using var followed = await gateway.GetAsync(url);
            Assert.True(followed.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadGateway), $"{name}: {await Customer.DescribeAsync(followed)}");
        }
    }

    [Fact]
    public async Task Discovery_read_at_auths_own_address_still_names_the_gateway()
    {
        using var direct = new HttpClient { BaseAddress = fixture.Platform.ServiceUrl("auth") };
        var discovery = await direct.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        foreach (var (name, url) in UrlsIn(discovery))
            Assert.True(url.StartsWith(fixture.Platform.GatewayUrl.ToString(), StringComparison.Ordinal),
                $"{name} is {url}, not under the gateway {fixture.Platform.GatewayUrl}");
    }

    static Dictionary<string, string> UrlsIn(JsonElement discovery) =>
        discovery.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && Uri.TryCreate(p.Value.GetString(), UriKind.Absolute, out var u) && u.Scheme.StartsWith("http"))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!);
}
