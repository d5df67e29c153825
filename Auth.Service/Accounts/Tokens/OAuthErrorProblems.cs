using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Auth.Service.Accounts.Tokens;

// An error of /connect/* is a problem (application/problem+json with a plain title) like every other error of the
// platform. It keeps OAuth's error, error_description and error_uri members, so an OAuth client still reads it.
public sealed class OAuthErrorProblems<TContext> : IOpenIddictServerHandler<TContext> where TContext : OpenIddictServerEvents.BaseRequestContext
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<OAuthErrorProblems<TContext>>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ProcessJsonResponse<TContext>.Descriptor.Order - 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(TContext context)
    {
        var error = context.Transaction.Response?.Error;
        if (string.IsNullOrEmpty(error) || context.Transaction.GetHttpRequest()?.HttpContext is not { } http)
            return;
        var answer = context.Transaction.Response!;
        var problem = new ProblemDetails
        {
            Status = http.Response.StatusCode,
            Title = TitleOf(error),
            Detail = answer.ErrorDescription,
            Extensions =
            {
                [Parameters.Error] = error,
                [Parameters.ErrorDescription] = answer.ErrorDescription,
            },
        };
        if (answer.ErrorUri is { } uri)
            problem.Extensions[Parameters.ErrorUri] = uri;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
            context.HandleRequest();
    }

    private static string TitleOf(string error) => error switch
    {
        Errors.InvalidGrant => "The credentials or the refresh token are not valid.",
        Errors.InvalidClient => "The client is not known to the platform.",
        Errors.UnsupportedGrantType => "This grant type is not supported; use password or refresh_token.",
        Errors.UnsupportedTokenType => "This kind of token cannot be revoked here.",
        Errors.InvalidScope => "A requested scope is not known.",
        Errors.UnauthorizedClient => "This client may not use this grant type.",
        Errors.InvalidRequest => "The request is missing a parameter or has a malformed one.",
        Errors.ServerError => "The sign-in server failed; try again.",
        _ => "The sign-in server refused the request.",
    };
}
