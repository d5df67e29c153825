using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Health;

namespace Platform.ServiceDefaults.Data;

// Until the migrations are applied nothing may touch the tables (Auth's token server reads its keys on
// the first request of any kind), so every request but /alive gets a 503 that says why and when to retry.
public static class DatabaseReadinessGate
{
    public static WebApplication UseDatabaseReadinessGate(this WebApplication app)
    {
        var databases = app.Services.GetServices<IDatabaseReadiness>().ToArray();
        if (databases.Length == 0)
            return app;

        app.Use(async (context, next) =>
        {
            if (databases.All(d => d.Applied) || context.Request.Path.StartsWithSegments(HealthEndpointPaths.Alive))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "The service is starting",
                    Detail = "Its database migrations are not applied yet; try again in a moment.",
                },
            });
        });
        return app;
    }
}
