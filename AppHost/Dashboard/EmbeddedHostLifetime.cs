using Microsoft.Extensions.Hosting;

namespace Platform.AppHost.Dashboard;

// The dashboard and the OTLP receiver are web hosts inside the AppHost. The default console lifetime
// would take Ctrl+C and SIGTERM for itself and stop them on its own; the AppHost decides when they stop.
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
