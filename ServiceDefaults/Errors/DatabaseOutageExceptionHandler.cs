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
        var trouble = DatabaseOutage.Classify(exception);
        if (trouble == DatabaseTrouble.None)
            return false;

        var busy = trouble == DatabaseTrouble.Busy;
        logger.LogWarning("The database is {Trouble}; answered {Method} {Path} with 503: {Reason}",
            busy ? "busy" : "unreachable", httpContext.Request.Method, httpContext.Request.Path, Reason(exception));
        // Pooled connections from before an outage are dead: drop them so the first requests after it succeed. A busy
        // server's connections are alive, and dropping them would make every waiting request open a new one.
        if (!busy)
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
                Detail = (busy ? "Its database is too busy to answer right now" : "Its database cannot be reached right now") +
                         $", so nothing was saved. Try again in {RetryAfter.TotalSeconds:0} seconds; repeating the request with the same Idempotency-Key is safe.",
                Extensions = { ["dependency"] = "database" },
            },
        });
    }

    // A wrapped timeout's innermost message is only "The operation has timed out": say every layer's.
    static string Reason(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
            messages.Add(current.Message);
        return string.Join(" <- ", messages);
    }
}
