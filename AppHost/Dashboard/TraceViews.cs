using Platform.AppHost.Telemetry;

namespace Platform.AppHost.Dashboard;

/// <summary>One line of the Traces list.</summary>
public sealed record TraceSummary(
    string TraceId,
    string RootService,
    string RootName,
    DateTimeOffset Start,
    double DurationMs,
    int SpanCount,
    int ErrorCount,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Peers);

/// <summary>One bar of the waterfall: offset and duration relative to the trace's start.</summary>
public sealed record SpanView(
    string SpanId,
    string? ParentSpanId,
    int Depth,
    string Service,
    string Scope,
    string Name,
    string Kind,
    double OffsetMs,
    double DurationMs,
    bool IsError,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<SpanEventView> Events);

public sealed record SpanEventView(string Name, double OffsetMs, IReadOnlyList<KeyValuePair<string, string>> Attributes);

public sealed record TraceDetail(TraceSummary Summary, IReadOnlyList<SpanView> Spans);

/// <summary>The Traces list's filters.</summary>
public sealed record TraceQuery(string? Service, string? Text, double? MinDurationMs, bool ErrorsOnly, int Limit = 200)
{
    public bool Matches(TraceSummary summary, IReadOnlyList<TelemetrySpan> spans) =>
        (string.IsNullOrWhiteSpace(Service) || summary.Services.Contains(Service, StringComparer.OrdinalIgnoreCase))
        && (MinDurationMs is not { } min || summary.DurationMs >= min)
        && (!ErrorsOnly || summary.ErrorCount > 0)
        && (string.IsNullOrWhiteSpace(Text) || summary.TraceId.Contains(Text, StringComparison.OrdinalIgnoreCase) || spans.Any(s => Mentions(s, Text)));

    private static bool Mentions(TelemetrySpan span, string text) =>
        span.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
        || span.Attributes.Any(a => a.Value.Contains(text, StringComparison.OrdinalIgnoreCase));
}

internal static class TraceViews
{
    public static IReadOnlyList<TraceSummary> List(TelemetryStore store, TraceQuery query) =>
        [.. store.Traces().Select(spans => (Summary: Summarize(spans), Spans: spans))
            .Where(t => query.Matches(t.Summary, t.Spans))
            .Select(t => t.Summary)
            .Take(Math.Clamp(query.Limit, 1, 1000))];

    public static TraceDetail? Detail(TelemetryStore store, string traceId)
    {
        var spans = store.Trace(traceId);
        if (spans.Count == 0)
            return null;
        var summary = Summarize(spans);
        var start = spans.Min(s => s.Start);
        var byParent = spans.ToLookup(s => s.ParentSpanId is { } p && spans.Any(o => o.SpanId == p) ? p : null);
        var ordered = new List<SpanView>(spans.Count);
        void Visit(TelemetrySpan span, int depth)
        {
            ordered.Add(new SpanView(span.SpanId, span.ParentSpanId, depth, span.Service, span.Scope, span.Name, span.Kind.ToString(),
                (span.Start - start).TotalMilliseconds, span.Duration.TotalMilliseconds, span.IsError, span.StatusMessage,
                span.Attributes, [.. span.Events.Select(e => new SpanEventView(e.Name, (e.Time - start).TotalMilliseconds, e.Attributes))]));
            foreach (var child in byParent[span.SpanId].OrderBy(s => s.Start))
                VisitOnce(child, depth + 1);
        }
        // A span that names itself (or a cycle) as parent must not loop forever.
        var seen = new HashSet<string>();
        void VisitOnce(TelemetrySpan span, int depth)
        {
            if (seen.Add(span.SpanId))
                Visit(span, depth);
        }
        foreach (var root in byParent[null].OrderBy(s => s.Start))
            VisitOnce(root, 0);
        foreach (var orphan in spans.Where(s => !seen.Contains(s.SpanId)).OrderBy(s => s.Start))
            VisitOnce(orphan, 0);
        return new TraceDetail(summary, ordered);
    }

    public static TraceSummary Summarize(IReadOnlyList<TelemetrySpan> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var root = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).OrderBy(s => s.Start).FirstOrDefault() ?? spans[0];
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        return new TraceSummary(
            root.TraceId,
            root.Service,
            root.Name,
            start,
            Math.Max(0, (end - start).TotalMilliseconds),
            spans.Count,
            spans.Count(s => s.IsError),
            [.. spans.OrderBy(s => s.Start).Select(s => s.Service).Distinct()],
            [.. spans.Select(Peer).OfType<string>().Distinct().Order()]);
    }

    /// <summary>Servers that send no telemetry of their own but appear as the other end of a client span.</summary>
    private static string? Peer(TelemetrySpan span) => span.Kind is SpanKind.Client or SpanKind.Producer
        ? span.Attribute("db.system.name") ?? span.Attribute("db.system") ?? span.Attribute("messaging.system")
        : null;
}
