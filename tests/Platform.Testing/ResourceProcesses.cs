using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Testing;

/// <summary>Crashes for tests: SIGKILL a resource's process as a crash would, and wait until Aspire has it healthy again.</summary>
public sealed class ResourceProcesses(DistributedApplication app)
{
    private const string PidProperty = "executable.pid";
    private readonly ResourceNotificationService _notifications = app.Services.GetRequiredService<ResourceNotificationService>();

    private static int? Pid(ResourceEvent e) =>
        e.Snapshot.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value is { } value && int.TryParse(value.ToString(), out var pid) ? pid : null;

    /// <summary>SIGKILL of the process and its children; returns once Aspire has seen the process end, with the time of the kill.</summary>
    public async Task<DateTime> KillAsync(string resource)
    {
        var running = await _notifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && Pid(e) is not null,
            new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        var killedAt = DateTime.UtcNow;
        // The whole tree: Aspire's pid is `dotnet run` for a project and a start script for RabbitMQ.
        Process.GetProcessById(Pid(running)!.Value).Kill(entireProcessTree: true);
        await _notifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text is { } state && state != KnownResourceStates.Running,
            new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return killedAt;
    }

    /// <summary>Waits until a process started after <paramref name="killedAt"/> runs and has passed its health check since.</summary>
    public Task WaitUntilBackAsync(string resource, DateTime killedAt, TimeSpan within) =>
        _notifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && e.Snapshot.StartTimeStamp > killedAt
                 && e.Snapshot.HealthReports.Length > 0
                 && e.Snapshot.HealthReports.All(r => r.Status == HealthStatus.Healthy && r.LastRunAt > e.Snapshot.StartTimeStamp),
            new CancellationTokenSource(within).Token);

    /// <summary>Aspire's own command (start, stop, restart), as the dashboard's buttons run it.</summary>
    public async Task RunCommandAsync(string resource, string command)
    {
        var result = await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command);
        if (!result.Success)
            throw new InvalidOperationException($"{command} {resource} failed: {result.Message}");
    }
}
