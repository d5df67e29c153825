using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Payments.Service.Apis;

// A ProblemDetails answer with Retry-After: nothing is settled yet and nothing is lost, so ask again then.
public sealed class RetryLaterProblem(ProblemHttpResult problem, TimeSpan retryAfter) : IResult, IStatusCodeHttpResult
{
    public ProblemHttpResult Problem => problem;

    public TimeSpan RetryAfter => retryAfter;

    public int? StatusCode => problem.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return problem.ExecuteAsync(httpContext);
    }
}
