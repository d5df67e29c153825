using System.Net;
using System.Net.Http.Json;

namespace Platform.Foundation.Tests.Services;

public sealed record HealthCheckEntry(string Name, string Status, string? Description, double DurationMs);

public sealed record HealthReportBody(string Status, double DurationMs, IReadOnlyList<HealthCheckEntry> Checks)
{
    public HealthCheckEntry Check(string name) =>
        Checks.SingleOrDefault(c => c.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"No '{name}' check in /health; it lists {string.Join(", ", Checks.Select(c => c.Name))}.");
}

public static class HealthProbe
{
    // Migrations and the bus start in the background, so a fresh service is unhealthy for a moment.
    public static async Task<HealthReportBody> WaitUntilHealthyAsync(this HttpClient client, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var (status, report) = await client.GetHealthAsync();
            if (status == HttpStatusCode.OK) return report;
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException(
                    $"/health still {(int)status}: {string.Join("; ", report.Checks.Select(c => $"{c.Name}={c.Status} {c.Description}"))}");
            }
            await Task.Delay(250);
        }
    }

    public static async Task<(HttpStatusCode Status, HealthReportBody Report)> GetHealthAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<HealthReportBody>()
            ?? throw new Xunit.Sdk.XunitException("/health answered with an empty body.");
        return (response.StatusCode, report);
    }
}
