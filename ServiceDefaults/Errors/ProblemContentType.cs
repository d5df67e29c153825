using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Platform.ServiceDefaults.Errors;

// TypedResults.Conflict(problem) and its kin write a ProblemDetails as plain application/json. An error whose
// endpoint declares a ProblemDetails for that status is labelled application/problem+json, as RFC 9457 asks.
internal static class ProblemContentType
{
    const string ProblemJson = "application/problem+json";

    public static IApplicationBuilder UseProblemContentType(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                Relabel(http);
                return Task.CompletedTask;
            });
            return next(http);
        });

    static void Relabel(HttpContext http)
    {
        var response = http.Response;
        if (response.StatusCode < 400 || response.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return;
        var declaresProblem = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Any(m => m.StatusCode == response.StatusCode && m.Type is { } declared && typeof(ProblemDetails).IsAssignableFrom(declared)) ?? false;
        if (declaresProblem)
            response.ContentType = ProblemJson + type["application/json".Length..];
    }
}
