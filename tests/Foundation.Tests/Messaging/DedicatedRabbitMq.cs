using Platform.AppHost;
using Platform.Testing;

namespace Platform.Foundation.Tests.Messaging;

// A private RabbitMQ node that a test may stop and start again (on the same port and data, so its
// connection string stays valid), started through the AppHost model with the shared infrastructure
// given as external so that only the broker runs here.
public sealed class DedicatedRabbitMq : IAsyncDisposable
{
    PlatformOptions options;
    PlatformApp? app;

    DedicatedRabbitMq(PlatformOptions options) => this.options = options;

    public string ConnectionString { get; private set; } = "";

    public static async Task<DedicatedRabbitMq> StartAsync()
    {
        var shared = await TestInfrastructure.GetAsync();
        var broker = new DedicatedRabbitMq(PlatformOptions.ForTests() with
        {
            IncludeProjects = false,
            DeleteDataOnStop = false,
            EnableRabbitMqManagement = false,
            DatabaseNameSuffix = "_" + Guid.NewGuid().ToString("N")[..8],
            ExternalConnectionStrings = new Dictionary<string, string>
            {
                ["postgres"] = shared.PostgresConnectionString,
                ["redis"] = shared.RedisConnectionString,
                ["smtp"] = shared.SmtpConnectionString,
            },
        });
        await broker.StartAgainAsync();
        var rabbitMq = broker.app!.Get<RabbitMqResource>("rabbitmq");
        broker.options = broker.options with { RabbitMqPort = rabbitMq.Port };
        broker.ConnectionString = rabbitMq.ConnectionString;
        return broker;
    }

    public async Task StartAgainAsync()
    {
        if (app is null)
            app = await PlatformModel.Create(options).StartAsync();
    }

    public async Task StopAsync()
    {
        if (app is { } running)
        {
            app = null;
            await running.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(options.DataPath))
            Directory.Delete(options.DataPath, recursive: true);
    }
}
