using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Errors;

// Unreadable bodies and parameters are the client's mistake: a 4xx that says what was wrong, not a 500.
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails, ILogger<BadRequestExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        logger.LogInformation("Rejected a bad request: {Reason}", badRequest.Message);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new ProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = "The request could not be read.",
            Detail = badRequest.Message,
        };
        if (badRequest.InnerException is JsonException { Path: { } path })
        {
            problem.Extensions["field"] = path;
            problem.Detail = $"{badRequest.Message} The value at '{path}' is not valid.";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
