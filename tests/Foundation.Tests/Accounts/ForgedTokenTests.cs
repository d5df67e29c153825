using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Auth.Service.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

// Auth's own API accepts only its genuine access tokens (RFC 8725): each forgery is signed with Auth's
// real private key unless the point is the signature, so only the one property under test is wrong.
public sealed class ForgedTokenTests
{
    public static TheoryData<string> Forgeries => ["wrong issuer", "wrong audience", "expired", "wrong typ", "alg none", "HS256 with the public key", "unknown key"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Auth_rejects_a_forged_access_token(string forgery)
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var genuine = await auth.SignInAsync(AuthUnderTest.AdminEmail, AuthUnderTest.AdminPassword);
        var (header, payload) = Jwt.Decode(genuine.AccessToken);
        var key = await SigningKeyAsync(auth, header.GetProperty("kid").GetString()!);
        var subject = payload.GetProperty("sub").GetString()!;

        var token = forgery switch
        {
            "wrong issuer" => Sign(key, subject, issuer: "http://evil.test/"),
            "wrong audience" => Sign(key, subject, audience: "another-api"),
            "expired" => Sign(key, subject, expires: DateTime.UtcNow.AddMinutes(-10)),
            "wrong typ" => Sign(key, subject, typ: "JWT"),
            "alg none" => Unsigned(genuine.AccessToken),
            "HS256 with the public key" => SignHs256WithPublicKey(key, genuine.AccessToken),
            "unknown key" => Sign(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = key.KeyId }, subject),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
        using var control = await auth.SendAsync(HttpMethod.Get, "/api/auth/me", Sign(key, subject));
        using var response = await auth.SendAsync(HttpMethod.Get, "/api/auth/me", token);

        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<ECDsaSecurityKey> SigningKeyAsync(AuthUnderTest auth, string kid)
    {
        await using var scope = auth.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var row = await db.SigningKeys.SingleAsync(k => k.Id == kid);
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(row.PrivateKey, out _);
        return new ECDsaSecurityKey(ecdsa) { KeyId = kid };
    }

    private static string Sign(SecurityKey key, string subject, string issuer = AuthUnderTest.PublicBaseUrl,
        string audience = "ticketing-api", DateTime? expires = null, string typ = "at+jwt")
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-15),
            NotBefore = expiry.AddMinutes(-15),
            Expires = expiry,
            TokenType = typ,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("email", AuthUnderTest.AdminEmail)]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    private static string Unsigned(string genuine)
    {
        var payload = genuine.Split('.')[1];
        return Base64("""{"alg":"none","typ":"at+jwt"}""") + "." + payload + ".";
    }

    private static string SignHs256WithPublicKey(ECDsaSecurityKey key, string genuine)
    {
        var parts = genuine.Split('.');
        var kid = key.KeyId;
        var header = Base64($$"""{"alg":"HS256","typ":"at+jwt","kid":"{{kid}}"}""");
        var publicKey = key.ECDsa.ExportSubjectPublicKeyInfo();
        var signature = HMACSHA256.HashData(publicKey, Encoding.ASCII.GetBytes(header + "." + parts[1]));
        return header + "." + parts[1] + "." + WebEncoders.Base64UrlEncode(signature);
    }

    private static string Base64(string json) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(json));
}
