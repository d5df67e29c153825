using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Health;

// The /health body: each check's name, status, description and duration. Exceptions and data are
// left out on purpose, since they can carry connection strings.
public static class HealthReportJsonWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new HealthReportBody(
            report.Status.ToString(),
            Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries
                .Select(entry => new HealthCheckBody(
                    entry.Key,
                    entry.Value.Status.ToString(),
                    entry.Value.Description,
                    Math.Round(entry.Value.Duration.TotalMilliseconds, 1)))
                .ToList());
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private sealed record HealthReportBody(string Status, double DurationMs, IReadOnlyList<HealthCheckBody> Checks);

    private sealed record HealthCheckBody(string Name, string Status, string? Description, double DurationMs);
}
