using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Platform.Testing;

/// <summary>A private server (a broker node, a PostgreSQL server) for outage tests: stop it, start it again on the same port.</summary>
public sealed class DedicatedServer : IAsyncDisposable
{
    private readonly string _resource;
    private readonly DistributedApplication _app;
    private readonly ResourceProcesses _processes;
    private readonly string _dataFolder;
    private DateTime _stoppedAt;

    private DedicatedServer(string resource, DistributedApplication app, string dataFolder, string connectionString)
    {
        _resource = resource;
        _app = app;
        _dataFolder = dataFolder;
        _processes = new ResourceProcesses(app);
        ConnectionString = connectionString;
    }

    /// <summary>The server's connection string (RabbitMQ: the default virtual host; PostgreSQL: server level), the same across StopAsync/StartAgainAsync.</summary>
    public string ConnectionString { get; }

    public static Task<DedicatedServer> RabbitMqAsync() => StartAsync("rabbitmq");

    public static Task<DedicatedServer> PostgresAsync() => StartAsync("postgres");

    private static async Task<DedicatedServer> StartAsync(string resource)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"platform-{resource}-" + Guid.NewGuid().ToString("N")[..12]);
        var app = await AspireApps.StartAsync(await AppHostForTests.ServersAsync(dataFolder, resource));
        await app.ResourceNotifications.WaitForResourceHealthyAsync(resource).WaitAsync(AspireApps.StartTimeout);
        return new DedicatedServer(resource, app, dataFolder, await app.GetConnectionStringAsync(resource) ?? "");
    }

    /// <summary>
    /// An outage: Aspire's stop command, as the dashboard's Stop button runs it, so the AppHost does not
    /// bring the server back as it would after a crash. Returns once the server is down.
    /// </summary>
    public async Task StopAsync()
    {
        _stoppedAt = DateTime.UtcNow;
        await _processes.RunCommandAsync(_resource, "stop");
    }

    /// <summary>Starts the server again on the same port (Aspire's start command) and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        await _processes.RunCommandAsync(_resource, "start");
        await _processes.WaitUntilBackAsync(_resource, _stoppedAt, TimeSpan.FromMinutes(2));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
