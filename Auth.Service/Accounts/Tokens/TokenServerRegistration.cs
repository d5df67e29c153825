using Auth.Service.Accounts.Signing;
using Auth.Service.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Auth.Service.Accounts.Tokens;

public static class TokenServerRegistration
{
    public const string TokenPath = "connect/token";
    public const string RevocationPath = "connect/revoke";
    public const string JwksPath = ".well-known/jwks";

    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SigningKeyOptions>().BindConfiguration(SigningKeyOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SigningKeyRing>();
        builder.Services.AddScoped<AccessTokenPrincipalFactory>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, SigningCredentialsSetup>();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AuthDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath)
                    .SetRevocationEndpointUris(RevocationPath)
                    .SetJsonWebKeySetEndpointUris(JwksPath);
                server.AllowPasswordFlow().AllowRefreshTokenFlow();
                server.RegisterScopes(Scopes.OfflineAccess);
                server.SetAccessTokenLifetime(TokenLifetimes.AccessToken)
                    .SetRefreshTokenLifetime(TokenLifetimes.RefreshToken)
                    // Zero leeway: a second use of a refresh token is theft, and revokes its whole family.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.UseReferenceRefreshTokens();
                server.DisableAccessTokenEncryption();
                server.AddEventHandler<OpenIddictServerEvents.HandleTokenRequestContext>(handler =>
                    handler.UseScopedHandler<TokenGrantHandler>());
                server.AddEventHandler(PublicAddressOfRequests.Descriptor);
                server.AddEventHandler(OAuthErrorProblems<OpenIddictServerEvents.ApplyTokenResponseContext>.Descriptor);
                server.AddEventHandler(OAuthErrorProblems<OpenIddictServerEvents.ApplyRevocationResponseContext>.Descriptor);
                server.AddEventHandler(OAuthErrorProblems<OpenIddictServerEvents.ApplyConfigurationResponseContext>.Descriptor);
                server.AddEventHandler(OAuthErrorProblems<OpenIddictServerEvents.ApplyJsonWebKeySetResponseContext>.Descriptor);
                server.UseAspNetCore()
                    // TLS ends at the gateway; the services talk plain HTTP inside the platform.
                    .DisableTransportSecurityRequirement();
            });
        return builder;
    }

    private sealed class SigningCredentialsSetup(SigningKeyRing ring, IOptions<PlatformUrls> urls) : IConfigureOptions<OpenIddictServerOptions>
    {
        public void Configure(OpenIddictServerOptions options)
        {
            options.Issuer = urls.Value.Base;
            options.EncryptionCredentials.Add(new EncryptingCredentials(
                ring.LoadEncryptionKey(), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
            foreach (var credentials in ring.LoadCredentials())
                options.SigningCredentials.Add(credentials);
        }
    }
}
