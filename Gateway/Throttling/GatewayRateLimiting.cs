using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Health;

namespace Platform.Gateway.Throttling;

// Per client IP: a budget for everything, and a far smaller one for the credential routes; 429 with Retry-After.
public static class GatewayRateLimiting
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayOptions>>((limiter, gateway) =>
        {
            var settings = gateway.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsProbe(context)
                    ? RateLimitPartition.GetNoLimiter("probe")
                    : RateLimitPartition.GetFixedWindowLimiter("all:" + ClientIp(context),
                        _ => Window(settings.PerIpPermitLimit, settings.PerIpWindow))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => CredentialRoutes.Matches(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("credentials:" + ClientIp(context),
                        _ => Window(settings.CredentialPermitLimit, settings.CredentialWindow))
                    : RateLimitPartition.GetNoLimiter("other")));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => WriteTooManyRequestsAsync(rejected.HttpContext, rejected.Lease,
                CredentialRoutes.Matches(rejected.HttpContext.Request) ? settings.CredentialWindow : settings.PerIpWindow);
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    // The AppHost's and orchestrators' health probes must never be throttled into "unhealthy".
    private static bool IsProbe(HttpContext context) => HealthEndpointPaths.IsHealthPath(context.Request.Path);

    private static string ClientIp(HttpContext context) =>
        (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();

    private static async ValueTask WriteTooManyRequestsAsync(HttpContext context, RateLimitLease lease, TimeSpan window)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many requests from this address; try again in {seconds} s.",
            },
        });
    }
}
