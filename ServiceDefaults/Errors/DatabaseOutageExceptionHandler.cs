using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.ServiceDefaults.Data;

namespace Platform.ServiceDefaults.Errors;

// The database being unreachable is nobody's mistake and passes: a 503 that says so and when to try again,
// not a 500. Nothing of the request was committed, so repeating it (with its Idempotency-Key) is safe.
public sealed class DatabaseOutageExceptionHandler(IProblemDetailsService problemDetails, ILogger<DatabaseOutageExceptionHandler> logger)
    : IExceptionHandler
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.Is(exception))
            return false;

        logger.LogWarning("The database is unreachable; answered {Method} {Path} with 503: {Reason}",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        // Pooled connections from before the outage are dead: drop them so the first requests after it succeed.
        NpgsqlConnection.ClearAllPools();

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString();
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable",
                Detail = $"Its database cannot be reached right now, so nothing was saved. Try again in {RetryAfter.TotalSeconds:0} seconds; " +
                         "repeating the request with the same Idempotency-Key is safe.",
                Extensions = { ["dependency"] = "database" },
            },
        });
    }
}
