using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.AppHost.Supervision;

/// <summary>
/// Aspire does not start an exited process again by itself. This brings back any resource that died
/// without being asked to stop — a service or a server — through Aspire's own start command, with
/// back-off (1 s, 2 s, 4 s … 30 s); the dashboard shows the restart in the resource's state and console log.
/// </summary>
internal sealed class CrashRestarts(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs,
    ILogger<CrashRestarts> console,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, string?> _lastState = [];
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset At)> _restarts = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                var state = update.Snapshot.State?.Text;
                _lastState.TryGetValue(update.ResourceId, out var previous);
                _lastState[update.ResourceId] = state;
                if (state == previous || !Crashed(update.Resource, state, previous) || lifetime.ApplicationStopping.IsCancellationRequested)
                    continue;
                _ = RestartAsync(update.ResourceId, update.Snapshot.ExitCode, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    // Exited without passing through Stopping: nobody asked it to stop (a Stop command or the app's shutdown would).
    private static bool Crashed(IResource resource, string? state, string? previous) =>
        resource is ExecutableResource or ProjectResource
        && (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished)
        && previous is not null && previous != KnownResourceStates.Stopping && previous != KnownResourceStates.NotStarted
        && previous != KnownResourceStates.Waiting && previous != KnownResourceStates.Exited;

    private async Task RestartAsync(string resourceId, int? exitCode, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var count = _restarts.TryGetValue(resourceId, out var last) && now - last.At < StableAfter ? last.Count + 1 : 1;
        _restarts[resourceId] = (count, now);
        var delay = TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, count - 1)));
        var logger = logs.GetLogger(resourceId);
        foreach (var log in new[] { logger, console })
        {
            log.LogWarning("{Resource} exited unexpectedly (exit code {ExitCode}); restarting in {Delay} s (restart {Count})",
                resourceId, exitCode, delay.TotalSeconds, count);
        }
        try
        {
            await Task.Delay(delay, ct);
            var current = _lastState.GetValueOrDefault(resourceId);
            if (lifetime.ApplicationStopping.IsCancellationRequested || (current != KnownResourceStates.Exited && current != KnownResourceStates.Finished))
                return;
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, ct);
            if (!result.Success)
                logger.LogError("Restarting {Resource} failed: {Error}", resourceId, result.Message);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
