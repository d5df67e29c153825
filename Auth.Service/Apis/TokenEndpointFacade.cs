using System.Text.Json;
using System.Text.Json.Nodes;
using Auth.Service.Accounts.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Auth.Service.Apis;

// Friendly JSON sign-in and refresh: each becomes a request to the standard token endpoint, whose answer is
// translated back, so one code path issues, stores and rotates every token.
public sealed class TokenEndpointFacade(RequestDelegate next)
{
    public const string SignInPath = "/api/auth/sign-in";
    public const string RefreshPath = "/api/auth/refresh";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsPost(context.Request.Method) || !(path.Equals(SignInPath) || path.Equals(RefreshPath)))
        {
            await next(context);
            return;
        }

        var form = path.Equals(SignInPath) ? await SignInFormAsync(context) : await RefreshFormAsync(context);
        if (form is null)
            return;

        form[Parameters.ClientId] = TicketingWebClient.ClientId;
        context.Request.Path = "/" + TokenServerRegistration.TokenPath;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new FormCollection(form);
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        buffer.Position = 0;
        await TranslateAsync(context, JsonNode.Parse(buffer) as JsonObject);
    }

    private static async Task<Dictionary<string, StringValues>?> SignInFormAsync(HttpContext context)
    {
        var request = await ReadAsync<SignInRequest>(context);
        if (request is null)
            return null;
        var errors = new FieldErrors().Email("email", request.Email).Password("password", request.Password);
        if (errors.Any)
        {
            await Results.ValidationProblem(errors.ToDictionary()).ExecuteAsync(context);
            return null;
        }
        return new()
        {
            [Parameters.GrantType] = GrantTypes.Password,
            [Parameters.Username] = request.Email!.Trim(),
            [Parameters.Password] = request.Password!,
            [Parameters.Scope] = Scopes.OfflineAccess,
        };
    }

    private static async Task<Dictionary<string, StringValues>?> RefreshFormAsync(HttpContext context)
    {
        var request = await ReadAsync<RefreshRequest>(context);
        if (request is null)
            return null;
        var errors = new FieldErrors().Required("refreshToken", request.RefreshToken, 2000);
        if (errors.Any)
        {
            await Results.ValidationProblem(errors.ToDictionary()).ExecuteAsync(context);
            return null;
        }
        return new()
        {
            [Parameters.GrantType] = GrantTypes.RefreshToken,
            [Parameters.RefreshToken] = request.RefreshToken!,
        };
    }

    private static async Task<T?> ReadAsync<T>(HttpContext context) where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, context.RequestAborted);
            if (value is not null)
                return value;
        }
        catch (JsonException exception)
        {
            var field = exception.Path is { Length: > 2 } jsonPath ? jsonPath.TrimStart('$', '.') : "body";
            await Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [field] = ["The request body is not valid JSON."],
            }).ExecuteAsync(context);
            return null;
        }
        await Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] })
            .ExecuteAsync(context);
        return null;
    }

    private static async Task TranslateAsync(HttpContext context, JsonObject? answer)
    {
        var accessToken = answer?[Parameters.AccessToken]?.GetValue<string>();
        if (context.Response.StatusCode == StatusCodes.Status200OK && accessToken is not null)
        {
            context.Response.Headers.ContentLength = null;
            await Results.Ok(new TokenResponse(
                accessToken,
                answer![Parameters.RefreshToken]?.GetValue<string>(),
                answer[Parameters.ExpiresIn]?.GetValue<int>() ?? 0,
                answer[Parameters.TokenType]?.GetValue<string>() ?? "Bearer")).ExecuteAsync(context);
            return;
        }

        var error = answer?[Parameters.Error]?.GetValue<string>();
        var locked = error == TokenGrantHandler.LockedOutError;
        var status = locked ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
        context.Response.Headers.ContentLength = null;
        context.Response.Headers.CacheControl = "no-store";
        await Results.Problem(new ProblemDetails
        {
            Status = status,
            Title = locked ? "Too many failed sign-ins." : "Sign-in failed.",
            Detail = answer?[Parameters.ErrorDescription]?.GetValue<string>(),
        }).ExecuteAsync(context);
    }
}
