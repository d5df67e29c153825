using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Platform.Testing;

/// <summary>A private broker node for outage tests: kill it, start it again on the same port.</summary>
public sealed class DedicatedRabbitMq : IAsyncDisposable
{
    private const string Resource = "rabbitmq";
    private readonly DistributedApplication _app;
    private readonly ResourceProcesses _processes;
    private readonly string _dataFolder;
    private DateTime _stoppedAt;

    private DedicatedRabbitMq(DistributedApplication app, string dataFolder, string connectionString)
    {
        _app = app;
        _dataFolder = dataFolder;
        _processes = new ResourceProcesses(app);
        ConnectionString = connectionString;
    }

    /// <summary>amqp URI of the default virtual host; the same across StopAsync/StartAgainAsync.</summary>
    public string ConnectionString { get; }

    public static async Task<DedicatedRabbitMq> StartAsync()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "platform-rabbitmq-" + Guid.NewGuid().ToString("N")[..12]);
        var app = await AspireApps.StartAsync(await AppHostForTests.ServersAsync(dataFolder, Resource));
        await app.ResourceNotifications.WaitForResourceHealthyAsync(Resource).WaitAsync(AspireApps.StartTimeout);
        return new DedicatedRabbitMq(app, dataFolder, await app.GetConnectionStringAsync(Resource) ?? "");
    }

    /// <summary>
    /// An outage: Aspire's stop command, as the dashboard's Stop button runs it, so the AppHost does not
    /// bring the node back as it would after a crash. Returns once the node is down.
    /// </summary>
    public async Task StopAsync()
    {
        _stoppedAt = DateTime.UtcNow;
        await _processes.RunCommandAsync(Resource, "stop");
    }

    /// <summary>Starts the node again on the same port (Aspire's start command) and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        await _processes.RunCommandAsync(Resource, "start");
        await _processes.WaitUntilBackAsync(Resource, _stoppedAt, TimeSpan.FromMinutes(2));
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
