using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Foundation.Tests.BookingsSaga;

// Stands in for Auth: a JWKS on a loopback port and access tokens shaped as Auth's, org claims included.
public sealed class SagaTokenIssuer : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ECDsaSecurityKey key;

    SagaTokenIssuer(WebApplication app, ECDsaSecurityKey key)
    {
        this.app = app;
        this.key = key;
    }

    public string JwksUrl => new Uri(new Uri(app.Urls.Single()), "/.well-known/jwks").ToString();

    public static async Task<SagaTokenIssuer> StartAsync()
    {
        var key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = Guid.NewGuid().ToString("N") };
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(
            new ECDsaSecurityKey(ECDsa.Create(key.ECDsa.ExportParameters(false))) { KeyId = key.KeyId });
        var jwks = new { keys = new[] { new { kty = jwk.Kty, crv = jwk.Crv, x = jwk.X, y = jwk.Y, kid = jwk.Kid, use = "sig", alg = "ES256" } } };

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/jwks", () => Results.Json(jwks));
        await app.StartAsync();
        return new SagaTokenIssuer(app, key);
    }

    // organizations: "<orgId>:owner" / "<orgId>:staff" claims.
    public string AccessToken(Guid userId, string name, params string[] organizations)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["email"] = $"{userId:N}@example.com",
            ["email_verified"] = "true",
            ["name"] = name,
        };
        if (organizations.Length > 0)
            claims["org"] = organizations;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "http://localhost/",
            Audience = "ticketing-api",
            TokenType = "at+jwt",
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(15),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        key.ECDsa.Dispose();
    }
}
