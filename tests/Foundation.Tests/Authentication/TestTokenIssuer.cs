using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.ServiceDefaults.Authentication;

namespace Platform.Foundation.Tests.Authentication;

// Stands in for Auth: a real HTTP server on a free loopback port publishing a JWKS, and the private keys to sign with.
public sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string Issuer = "http://localhost/";

    private readonly WebApplication _app;
    private readonly List<RsaSecurityKey> _published = [];
    private readonly Lock _gate = new();

    private TestTokenIssuer(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.Single());

    /// <summary>For a service given Platform:JwksUrl rather than an Auth address.</summary>
    public string JwksUrl => new Uri(Address, "/.well-known/jwks").ToString();

    public RsaSecurityKey CurrentKey { get; private set; } = null!;

    public int JwksRequests { get; private set; }

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new TestTokenIssuer(app);
        issuer.CurrentKey = issuer.PublishNewKey();
        app.MapGet("/.well-known/jwks", () =>
        {
            lock (issuer._gate)
            {
                issuer.JwksRequests++;
                return Results.Json(new { keys = issuer._published.Select(PublicJwk).ToArray() });
            }
        });
        await app.StartAsync();
        return issuer;
    }

    public string JwksJson()
    {
        lock (_gate)
            return JsonSerializer.Serialize(new { keys = _published.Select(PublicJwk).ToArray() });
    }

    /// <summary>Rotation: a new key is published beside the old ones and signs from now on.</summary>
    public RsaSecurityKey PublishNewKey()
    {
        var key = NewUnpublishedKey();
        lock (_gate)
            _published.Add(key);
        CurrentKey = key;
        return key;
    }

    public static RsaSecurityKey NewUnpublishedKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    /// <summary>Settings that point a service at this issuer as its "auth".</summary>
    public Dictionary<string, string?> ServiceSettings() => new()
    {
        ["services:auth:http:0"] = Address.ToString().TrimEnd('/'),
        ["Platform:PublicBaseUrl"] = Issuer,
        ["Platform:JwksRefreshInterval"] = "00:00:01",
    };

    public string Token(TokenShape? shape = null)
    {
        shape ??= new TokenShape();
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            [PlatformClaims.Subject] = shape.UserId.ToString(),
            [PlatformClaims.Email] = shape.Email,
            [PlatformClaims.EmailVerified] = shape.EmailVerified ? "true" : "false",
            [PlatformClaims.Name] = shape.Name,
        };
        if (shape.Roles.Length > 0)
            claims[PlatformClaims.Role] = shape.Roles;
        if (shape.Organizations.Length > 0)
            claims[PlatformClaims.Organization] = shape.Organizations;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = shape.Issuer ?? Issuer,
            Audience = shape.Audience ?? PlatformTokens.Audience,
            IssuedAt = now + shape.Age,
            NotBefore = now + shape.Age,
            Expires = now + shape.Age + TimeSpan.FromMinutes(15),
            TokenType = shape.Type ?? PlatformTokens.AccessTokenType,
            Claims = claims,
            SigningCredentials = new SigningCredentials(shape.Key ?? CurrentKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A customer's token as Auth issues it after sign-in.</summary>
    public string AccessToken(Guid userId, string email, bool emailVerified, string? issuer = null) =>
        Token(new TokenShape { UserId = userId, Email = email, EmailVerified = emailVerified, Name = "Test User", Issuer = issuer });

    /// <summary>A signed-in person's token; organizations as "&lt;orgId&gt;:owner" or "&lt;orgId&gt;:staff".</summary>
    public string AccessToken(Guid userId, string name, params string[] organizations) =>
        Token(new TokenShape { UserId = userId, Name = name, Email = $"{userId:N}@example.com", Organizations = organizations });

    /// <summary>HS256 keyed with the published public key's bytes: the classic algorithm-confusion attack.</summary>
    public string TokenSignedWithPublicKeyAsHmacSecret()
    {
        var publicKeyBytes = Encoding.UTF8.GetBytes(CurrentKey.Rsa.ExportSubjectPublicKeyInfoPem());
        var hmacKey = new SymmetricSecurityKey(publicKeyBytes) { KeyId = CurrentKey.KeyId };
        var honest = new JsonWebToken(Token());
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = PlatformTokens.Audience,
            Expires = honest.ValidTo,
            TokenType = PlatformTokens.AccessTokenType,
            Claims = new Dictionary<string, object> { [PlatformClaims.Subject] = honest.Subject },
            SigningCredentials = new SigningCredentials(hmacKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public string UnsignedToken()
    {
        var payload = new JsonWebToken(Token()).EncodedPayload;
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = PlatformTokens.AccessTokenType }));
        return $"{header}.{payload}.";
    }

    /// <summary>A correctly signed token whose payload was changed afterwards (a new subject).</summary>
    public string TamperedToken()
    {
        var parts = Token().Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(parts[1]))!;
        payload[PlatformClaims.Subject] = JsonSerializer.SerializeToElement(Guid.NewGuid().ToString());
        parts[1] = Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload));
        return string.Join('.', parts);
    }

    private static object PublicJwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            kty = "RSA",
            use = "sig",
            alg = "RS256",
            kid = key.KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record TokenShape
{
    public Guid UserId { get; init; } = Guid.NewGuid();
    public string[] Roles { get; init; } = [];
    public string[] Organizations { get; init; } = [];
    public string Email { get; init; } = "ada@example.com";
    public bool EmailVerified { get; init; } = true;
    public string Name { get; init; } = "Ada";
    public string? Issuer { get; init; }
    public string? Audience { get; init; }
    public string? Type { get; init; }
    public RsaSecurityKey? Key { get; init; }

    /// <summary>Shifts issue time and expiry; -20 minutes gives a token that expired 5 minutes ago.</summary>
    public TimeSpan Age { get; init; }
}
