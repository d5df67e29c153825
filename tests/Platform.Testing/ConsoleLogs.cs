using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Testing;

/// <summary>The console output of an app's resources, as the dashboard shows it, kept so a failing test can print it.</summary>
internal sealed class ConsoleLogs
{
    private const int LinesKept = 400;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _lines = new();

    public ConsoleLogs(DistributedApplication app, IEnumerable<string> resources, CancellationToken stopping)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        foreach (var resource in model.Resources.Where(r => resources.Contains(r.Name)))
        {
            var lines = _lines.GetOrAdd(resource.Name, _ => new ConcurrentQueue<string>());
            _ = Task.Run(async () =>
            {
                try
                {
                    await foreach (var batch in logs.WatchAsync(resource).WithCancellation(stopping))
                    {
                        foreach (var line in batch)
                        {
                            lines.Enqueue(line.Content);
                            while (lines.Count > LinesKept)
                                lines.TryDequeue(out _);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }
            }, stopping);
        }
    }

    public string Of(string resource) => _lines.TryGetValue(resource, out var lines) ? string.Join('\n', lines) : $"(no console output kept for {resource})";
}
