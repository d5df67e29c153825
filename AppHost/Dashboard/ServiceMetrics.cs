using Platform.AppHost.Telemetry;

namespace Platform.AppHost.Dashboard;

/// <summary>One time bucket of one service's incoming requests.</summary>
public sealed record RequestBucket(DateTimeOffset Start, int Requests, int Errors, double P95Ms);

/// <summary>Request rate, error rate and latency of one service, derived from its server spans.</summary>
public sealed record ServiceRequestMetrics(
    string Service,
    int Requests,
    double RequestsPerSecond,
    double ErrorRate,
    double P50Ms,
    double P95Ms,
    IReadOnlyList<RequestBucket> Buckets);

internal static class ServiceMetrics
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan BucketSize = TimeSpan.FromSeconds(10);

    public static IReadOnlyList<ServiceRequestMetrics> Compute(IEnumerable<TelemetrySpan> spans, DateTimeOffset now)
    {
        var from = now - Window;
        var bucketCount = (int)(Window / BucketSize);
        var firstBucket = new DateTimeOffset(from.Ticks - from.Ticks % BucketSize.Ticks, TimeSpan.Zero);
        return [.. spans.Where(s => s.Kind == SpanKind.Server && s.End >= from)
            .GroupBy(s => s.Service)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(service =>
            {
                var requests = service.ToList();
                var buckets = Enumerable.Range(0, bucketCount + 1).Select(i =>
                {
                    var start = firstBucket + i * BucketSize;
                    var inBucket = requests.Where(s => s.End >= start && s.End < start + BucketSize).ToList();
                    return new RequestBucket(start, inBucket.Count, inBucket.Count(IsFailure), Percentile(inBucket, 0.95));
                }).ToList();
                return new ServiceRequestMetrics(
                    service.Key,
                    requests.Count,
                    Math.Round(requests.Count / Window.TotalSeconds, 3),
                    requests.Count == 0 ? 0 : Math.Round((double)requests.Count(IsFailure) / requests.Count, 4),
                    Percentile(requests, 0.50),
                    Percentile(requests, 0.95),
                    buckets);
            })];
    }

    /// <summary>A server error, not a client's mistake: span status error or an HTTP 5xx.</summary>
    public static bool IsFailure(TelemetrySpan span) =>
        span.IsError || (int.TryParse(span.Attribute("http.response.status_code"), out var status) && status >= 500);

    private static double Percentile(List<TelemetrySpan> spans, double percentile)
    {
        if (spans.Count == 0)
            return 0;
        var sorted = spans.Select(s => s.Duration.TotalMilliseconds).Order().ToList();
        var index = (int)Math.Ceiling(percentile * sorted.Count) - 1;
        return Math.Round(sorted[Math.Clamp(index, 0, sorted.Count - 1)], 2);
    }
}
