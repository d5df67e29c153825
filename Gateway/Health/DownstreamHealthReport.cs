using System.Text.Json;

namespace Platform.Gateway.Health;

// What a service's /health body says is wrong: the names of its checks that are not Healthy.
internal static class DownstreamHealthReport
{
    public static async Task<IReadOnlyList<string>> FailingChecksAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var report = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            if (!report.RootElement.TryGetProperty("checks", out var checks) || checks.ValueKind != JsonValueKind.Array)
                return [];
            return checks.EnumerateArray()
                .Where(check => check.TryGetProperty("status", out var status) && status.GetString() != "Healthy")
                .Select(check => check.TryGetProperty("name", out var name) ? name.GetString() ?? "?" : "?")
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
