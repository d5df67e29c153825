using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Testing;

/// <summary>
/// The processes behind one service. With Platform:Replicas above 1 Aspire runs several, each a resource of its
/// own (the service's name plus a suffix) that shares the service's name, its endpoint's proxy and its health
/// check, so "healthy" says only that the proxy reached one of them.
/// </summary>
public sealed class ServiceReplicas(DistributedApplication app)
{
    const string Started = "Application started";

    /// <summary>The replicas' resource ids once every one of them runs and has started its web server.</summary>
    public async Task<IReadOnlyList<string>> StartedAsync(string service, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var expected = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == service).GetReplicaCount();
        var states = new Dictionary<string, string?>();
        await foreach (var update in app.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (update.Resource.Name != service)
                continue;
            states[update.ResourceId] = update.Snapshot.State?.Text;
            var running = states.Where(s => s.Value == KnownResourceStates.Running).Select(s => s.Key).Order().ToList();
            if (running.Count == expected)
            {
                foreach (var replica in running)
                {
                    while (!(await ConsoleAsync(replica, timeout.Token)).Any(line => line.Contains(Started, StringComparison.Ordinal)))
                        await Task.Delay(200, timeout.Token);
                }
                return running;
            }
        }
        throw new OperationCanceledException($"{service} did not run {expected} replicas within {within}");
    }

    /// <summary>Every line one replica has written to its console so far.</summary>
    public async Task<IReadOnlyList<string>> ConsoleAsync(string replica, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        await foreach (var batch in logs.GetAllAsync(replica).WithCancellation(cancellationToken))
            lines.AddRange(batch.Select(l => l.Content));
        return lines;
    }

    /// <summary>The log entries (JSON console lines, without Aspire's time prefix) one replica has written so far.</summary>
    public async Task<IReadOnlyList<JsonElement>> EntriesAsync(string replica)
    {
        var entries = new List<JsonElement>();
        foreach (var line in await ConsoleAsync(replica))
        {
            var start = line.IndexOf('{');
            if (start < 0)
                continue;
            try
            {
                using var json = JsonDocument.Parse(line.AsMemory(start));
                entries.Add(json.RootElement.Clone());
            }
            catch (JsonException)
            {
                // Not a log entry of ours (a line a tool wrote).
            }
        }
        return entries;
    }

    /// <summary>
    /// Requests a replica answered with <paramref name="status"/>, counted from ASP.NET Core's request log
    /// (Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics at Information).
    /// </summary>
    public async Task<int> AnsweredAsync(string replica, string method, Func<string, bool> path, int status) =>
        (await EntriesAsync(replica)).Count(e =>
            e.TryGetProperty("State", out var state)
            && state.TryGetProperty("Method", out var m) && m.GetString() == method
            && state.TryGetProperty("Path", out var p) && p.GetString() is { } requested && path(requested)
            && state.TryGetProperty("StatusCode", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == status);

    /// <summary>The messages a replica logged that satisfy <paramref name="matches"/>.</summary>
    public async Task<IReadOnlyList<string>> MessagesAsync(string replica, Func<string, bool> matches) =>
        (await EntriesAsync(replica))
            .Select(e => e.TryGetProperty("Message", out var m) ? m.GetString() : null)
            .OfType<string>().Where(matches).ToList();
}
