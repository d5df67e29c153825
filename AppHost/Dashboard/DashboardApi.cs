using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.AppHost.Telemetry;

namespace Platform.AppHost.Dashboard;

public sealed record MetricsView(
    IReadOnlyList<ServiceRequestMetrics> Services,
    IReadOnlyList<QueueDepth> Queues,
    string? QueuesUnavailable,
    IReadOnlyList<TelemetryMetricValue> Received);

public sealed record TelemetryCounts(int Spans, int Traces, int LogRecords, TelemetryLimits Limits);

/// <summary>The JSON the dashboard page reads; every route needs the login cookie (see <see cref="DashboardHost"/>).</summary>
internal static class DashboardApi
{
    // Sent by the page's fetch calls; a cross-site form cannot set it.
    public const string RequestHeader = "X-Dashboard";

    public static void MapDashboardApi(this IEndpointRouteBuilder routes, DashboardHost host)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/resources", () => TypedResults.Ok(host.App.Resources.Select(r => ResourceView.From(r, host.Time.GetUtcNow())).ToList()));
        api.MapGet("/resources/{name}/console", (string name, long? from) => Console(host, name, from ?? -1));
        api.MapPost("/resources/{name}/restart", (string name, HttpRequest request) => Restart(host, name, request));
        api.MapGet("/logs", (string? resource, string? level, string? text, string? traceId, long? after) =>
            TypedResults.Ok(new LogQuery(resource, level, text, traceId, after ?? 0).Apply(host.Store.Logs())));
        api.MapGet("/traces", (string? service, string? text, double? minDurationMs, bool? errorsOnly) =>
            TypedResults.Ok(TraceViews.List(host.Store, new TraceQuery(service, text, minDurationMs, errorsOnly ?? false))));
        api.MapGet("/traces/{traceId}", TraceDetail);
        api.MapGet("/metrics", () => TypedResults.Ok(new MetricsView(
            ServiceMetrics.Compute(host.Store.Spans(), host.Time.GetUtcNow()),
            host.Queues?.Current() ?? [],
            host.Queues is null ? "RabbitMQ's management API is not available (an external broker, or management turned off)." : host.Queues.LastError,
            [.. host.Store.Metrics().OrderBy(m => m.Service).ThenBy(m => m.Name)])));
        api.MapGet("/telemetry", () => TypedResults.Ok(new TelemetryCounts(host.Store.SpanCount, host.Store.TraceCount, host.Store.LogCount, host.Store.Limits)));

        Results<Ok<TraceDetail>, NotFound> TraceDetail(string traceId) =>
            TraceViews.Detail(host.Store, traceId.ToLowerInvariant()) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
    }

    private static Results<Ok<ConsoleChunk>, NotFound> Console(DashboardHost host, string name, long from) =>
        host.App.Resources.FirstOrDefault(r => r.Name == name) is { } resource
            ? TypedResults.Ok(ConsoleOutput.Read(resource, from))
            : TypedResults.NotFound();

    private static Results<Accepted, NotFound, BadRequest<string>, ProblemHttpResult> Restart(DashboardHost host, string name, HttpRequest request)
    {
        if (!request.Headers.ContainsKey(RequestHeader))
            return TypedResults.Problem($"Send the {RequestHeader} header.", statusCode: StatusCodes.Status403Forbidden);
        if (host.App.Resources.FirstOrDefault(r => r.Name == name) is not { } resource)
            return TypedResults.NotFound();
        if (resource is not ProjectResource)
            return TypedResults.BadRequest($"{name} is a {resource.Kind}; only services can be restarted here.");
        host.Restart(name);
        return TypedResults.Accepted($"/api/resources/{name}");
    }
}
