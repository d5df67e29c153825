using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Gateway.Throttling;

// The booking budget, one per user (per address when anonymous), shared by POST /api/bookings and by
// GraphQL's placeBooking: a seat hold costs the same however it is asked for.
public sealed class BookingBudget(IOptions<GatewayOptions> options) : IDisposable
{
    const string Unlimited = "";

    readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key => key == Unlimited
        ? RateLimitPartition.GetNoLimiter(Unlimited)
        : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.BookingPermitLimit,
            Window = options.Value.BookingWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public PartitionedRateLimiter<HttpContext> ForBookingRoutes() =>
        _limiter.WithTranslatedKey<HttpContext>(context => BookingRoutes.Matches(context.Request) ? KeyFor(context) : Unlimited, leaveOpen: true);

    /// <summary>Takes one booking from the caller's budget; false (with the wait) when it is spent.</summary>
    public bool TrySpend(HttpContext context, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(KeyFor(context));
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.BookingWindow;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    static string KeyFor(HttpContext context) =>
        "booking:" + (BearerSubject.Of(context) is { } user ? "user:" + user : "ip:" + GatewayRateLimiting.ClientIp(context));
}
