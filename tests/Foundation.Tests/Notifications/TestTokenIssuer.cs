using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Foundation.Tests.NotificationsService;

// Stands in for Auth: publishes a JWKS on a loopback port and signs access tokens shaped as Auth's,
// so a service validates them through its real JwtBearer set-up.
public sealed class TestTokenIssuer : IAsyncDisposable
{
    readonly WebApplication app;
    readonly RsaSecurityKey key;

    TestTokenIssuer(WebApplication app, RsaSecurityKey key)
    {
        this.app = app;
        this.key = key;
    }

    public string JwksUrl => new Uri(new Uri(app.Urls.Single()), "/.well-known/jwks").ToString();

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwks = new
        {
            keys = new[]
            {
                new
                {
                    kty = "RSA",
                    use = "sig",
                    alg = "RS256",
                    kid = key.KeyId,
                    n = Base64UrlEncoder.Encode(parameters.Modulus),
                    e = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        };

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/jwks", () => Results.Json(jwks));
        await app.StartAsync();
        return new TestTokenIssuer(app, key);
    }

    public string AccessToken(Guid userId, string email, bool emailVerified, string issuer = "http://localhost/") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "ticketing-api",
            TokenType = "at+jwt",
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(15),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId.ToString(),
                ["email"] = email,
                ["email_verified"] = emailVerified ? "true" : "false",
                ["name"] = "Test User",
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        key.Rsa.Dispose();
    }
}
