using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Auth.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class SigningKeyTests
{
    [Fact]
    public async Task Discovery_and_jwks_publish_the_key_that_signed_the_tokens()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var tokens = await auth.SignInAsync(AuthUnderTest.AdminEmail, AuthUnderTest.AdminPassword);

        using var discovery = JsonDocument.Parse(await auth.Client.GetStringAsync("/.well-known/openid-configuration"));
        var kids = await KidsAsync(auth);

        Assert.Equal(AuthUnderTest.PublicBaseUrl, discovery.RootElement.GetProperty("issuer").GetString());
        Assert.EndsWith("/.well-known/jwks", discovery.RootElement.GetProperty("jwks_uri").GetString());
        Assert.EndsWith("/connect/token", discovery.RootElement.GetProperty("token_endpoint").GetString());
        Assert.Contains(Jwt.Decode(tokens.AccessToken).Header.GetProperty("kid").GetString(), kids);
    }

    [Fact]
    public async Task An_old_key_is_rotated_but_stays_published_and_valid_until_its_tokens_expire()
    {
        await using var first = await AuthUnderTest.StartAsync();
        var before = await first.SignInAsync(AuthUnderTest.AdminEmail, AuthUnderTest.AdminPassword);
        var oldKid = Jwt.Decode(before.AccessToken).Header.GetProperty("kid").GetString();
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
            await db.SigningKeys.Where(k => k.Id == oldKid)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.ActivatesAt, DateTimeOffset.UtcNow.AddDays(-40)));
        }

        // A second instance on the same database: the one that starts after the key aged rotates it.
        await using var second = await AuthUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:authdb"] = first.DatabaseConnectionString,
        });
        var after = await second.SignInAsync(AuthUnderTest.AdminEmail, AuthUnderTest.AdminPassword);
        var newKid = Jwt.Decode(after.AccessToken).Header.GetProperty("kid").GetString();
        var published = await KidsAsync(second);
        using var oldTokenStillWorks = await second.SendAsync(HttpMethod.Get, "/api/auth/me", before.AccessToken);

        Assert.NotEqual(oldKid, newKid);
        Assert.Contains(oldKid, published);
        Assert.Contains(newKid, published);
        Assert.Equal(HttpStatusCode.OK, oldTokenStillWorks.StatusCode);
    }

    private static async Task<List<string?>> KidsAsync(AuthUnderTest auth)
    {
        using var jwks = JsonDocument.Parse(await auth.Client.GetStringAsync("/.well-known/jwks"));
        var keys = jwks.RootElement.GetProperty("keys").EnumerateArray().ToList();
        Assert.All(keys, key => Assert.False(key.TryGetProperty("d", out _), "a private key part is published"));
        return keys.Select(k => k.GetProperty("kid").GetString()).ToList();
    }
}
