using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

// RFC 8725: issuer, audience, expiry, an asymmetric algorithm and the at+jwt type are all checked;
// keys come only from Auth's JWKS, never from the token itself.
internal sealed class ConfigurePlatformJwtBearer(IOptions<PlatformAuthenticationOptions> platform, IHttpClientFactory httpClients)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public const string JwksHttpClient = PlatformAuthenticationOptions.JwksHttpClientName;

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
            Configure(options);
    }

    public void Configure(JwtBearerOptions options)
    {
        var settings = platform.Value;
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = false;
        options.RefreshOnIssuerKeyNotFound = true;
        options.Events = BearerChallengeProblems.Events;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = PlatformTokens.Audience,
            ValidAlgorithms = PlatformTokens.SigningAlgorithms,
            ValidTypes = [PlatformTokens.AccessTokenType],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = PlatformClaims.Name,
            RoleClaimType = PlatformClaims.Role,
        };
        var documents = new HttpDocumentRetriever(httpClients.CreateClient(JwksHttpClient)) { RequireHttps = false };
        options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.JwksUrl, new JwksConfigurationRetriever(settings.Issuer), documents)
        {
            AutomaticRefreshInterval = TimeSpan.FromMinutes(10),
            RefreshInterval = settings.JwksRefreshInterval,
        };
    }
}
