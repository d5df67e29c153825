using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

// JwtBearer answers a refused token with an empty 401 and a WWW-Authenticate header whose description is
// for developers ("The token expired at 01/01/0001" for a token that has no expiry at all). People get a
// ProblemDetails that says what was wrong with what they sent and what to do instead.
internal static class BearerChallengeProblems
{
    const string SignInHint = "Sign in with POST /api/auth/sign-in and send its accessToken as Authorization: Bearer <accessToken>.";

    public static JwtBearerEvents Events { get; } = new()
    {
        OnChallenge = async context =>
        {
            context.HandleResponse();
            var (title, detail, invalidToken) = Explain(context.Request, context.AuthenticateFailure);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = invalidToken ? $"Bearer error=\"invalid_token\", error_description=\"{title}\"" : "Bearer";
            await WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, title, detail);
        },
        OnForbidden = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed for your account",
                "You are signed in, but your account does not have the role this needs.");
        },
    };

    static (string Title, string Detail, bool InvalidToken) Explain(HttpRequest request, Exception? failure)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return ("Sign-in required", $"This needs an access token. {SignInHint}", false);

        var raw = header["Bearer ".Length..].Trim();
        if (ReadOrNull(raw) is not { } token)
            return ("The access token is malformed", $"The bearer value is not a readable JSON Web Token. {SignInHint}", true);
        if (!string.Equals(token.Typ, PlatformTokens.AccessTokenType, StringComparison.OrdinalIgnoreCase))
            return ("This is not an access token",
                $"The bearer token is of type '{token.Typ}', not an access token from Auth (a ticket's token is for the door, not for signing in). {SignInHint}", true);

        return failure switch
        {
            SecurityTokenExpiredException when token.ValidTo > DateTime.MinValue =>
                ("The access token has expired", $"It expired at {token.ValidTo:yyyy-MM-dd HH:mm:ss} UTC. Get a new one with POST /api/auth/refresh, or sign in again.", true),
            SecurityTokenInvalidIssuerException or SecurityTokenInvalidAudienceException =>
                ("The access token is not for this platform", $"It was not issued by this platform's Auth for its API. {SignInHint}", true),
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
                ("The access token's signature is not valid", $"It was not signed with any of Auth's published keys. {SignInHint}", true),
            _ => ("The access token is not valid", $"It could not be validated. {SignInHint}", true),
        };
    }

    // Any garbled header, payload or encoding reads as "not a token" rather than a 500.
    static JsonWebToken? ReadOrNull(string raw)
    {
        try
        {
            return new JsonWebToken(raw);
        }
        catch (Exception)
        {
            return null;
        }
    }

    static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
