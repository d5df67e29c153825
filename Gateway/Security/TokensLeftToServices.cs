using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Security;

// The gateway acts on no caller's identity: each service validates the token it is forwarded (GraphQL
// forwards it too), and the budgets read its subject unverified (BearerSubject). So the gateway checks no
// signature per request and never needs Auth's keys: its default scheme for authenticating leaves every
// caller anonymous. A hold in a hot drop then pays for one signature check, in Bookings, not two.
public sealed class TokensLeftToServices(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "tokens-left-to-services";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}

public static class TokensLeftToServicesExtensions
{
    public static IServiceCollection AddTokensLeftToServices(this IServiceCollection services)
    {
        services.AddAuthentication(authentication => authentication.DefaultAuthenticateScheme = TokensLeftToServices.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokensLeftToServices>(TokensLeftToServices.SchemeName, configureOptions: null);
        return services;
    }
}
