using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Health;

namespace Platform.Gateway.Throttling;

// Budgets, all of which a request must pass: per client IP for everything; per signed-in user; a far
// smaller one per IP for the credential routes; and one per user (per IP when anonymous) for creating
// bookings (shared with GraphQL's placeBooking, see BookingBudget). Over budget: 429 ProblemDetails with Retry-After.
public static class GatewayRateLimiting
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddSingleton<BookingBudget>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayOptions>, BookingBudget>((limiter, gateway, bookings) =>
        {
            var settings = gateway.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsProbe(context)
                    ? RateLimitPartition.GetNoLimiter("probe")
                    : RateLimitPartition.GetFixedWindowLimiter("all:" + ClientIp(context),
                        _ => Window(settings.PerIpPermitLimit, settings.PerIpWindow))),
                // Anonymous callers are already covered by the per-IP budget above.
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsProbe(context) || BearerSubject.Of(context) is not { } user
                    ? RateLimitPartition.GetNoLimiter("anonymous")
                    : RateLimitPartition.GetFixedWindowLimiter("user:" + user,
                        _ => Window(settings.PerUserPermitLimit, settings.PerUserWindow))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => CredentialRoutes.Matches(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter("credentials:" + ClientIp(context),
                        _ => Window(settings.CredentialPermitLimit, settings.CredentialWindow))
                    : RateLimitPartition.GetNoLimiter("other")),
                bookings.ForBookingRoutes());
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => WriteTooManyRequestsAsync(rejected.HttpContext, rejected.Lease, settings);
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

    internal static string ClientIp(HttpContext context) =>
        (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();

    // Only when a limiter gives no Retry-After of its own: the longest window that can apply to the request.
    private static TimeSpan FallbackWait(HttpRequest request, GatewayOptions settings)
    {
        var wait = settings.PerIpWindow;
        if (BearerSubject.Of(request.HttpContext) is not null && settings.PerUserWindow > wait)
            wait = settings.PerUserWindow;
        if (CredentialRoutes.Matches(request) && settings.CredentialWindow > wait)
            wait = settings.CredentialWindow;
        if (BookingRoutes.Matches(request) && settings.BookingWindow > wait)
            wait = settings.BookingWindow;
        return wait;
    }

    private static async ValueTask WriteTooManyRequestsAsync(HttpContext context, RateLimitLease lease, GatewayOptions settings)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : FallbackWait(context.Request, settings);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var what = BookingRoutes.Matches(context.Request) ? "Too many booking attempts"
            : BearerSubject.Of(context) is not null ? "Too many requests from this account or address"
            : "Too many requests from this address";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"{what}; try again in {seconds} s.",
            },
        });
    }
}
