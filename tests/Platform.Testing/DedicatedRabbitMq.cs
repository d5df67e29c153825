using Platform.AppHost;

namespace Platform.Testing;

/// <summary>A private broker node for outage tests: stop it, start it again on the same port.</summary>
public sealed class DedicatedRabbitMq : IAsyncDisposable
{
    private readonly PlatformApp _app;

    private DedicatedRabbitMq(PlatformApp app) => _app = app;

    /// <summary>amqp URI of the default virtual host; the same across StopAsync/StartAsync.</summary>
    public string ConnectionString => _app.Get<RabbitMqResource>("rabbitmq").ConnectionString;

    public static async Task<DedicatedRabbitMq> StartAsync()
    {
        var options = PlatformOptions.ForTests() with
        {
            IncludeProjects = false,
            Include = ["rabbitmq"],
            EnableRabbitMqManagement = false,
        };
        return new DedicatedRabbitMq(await PlatformModel.Create(options).StartAsync());
    }

    /// <summary>Kills the node (as a crash or outage would) and waits until it is gone.</summary>
    public Task StopAsync() => _app.StopResourceAsync("rabbitmq");

    /// <summary>
    /// Starts the node again on the same port and waits until it accepts connections. (Not an instance
    /// StartAsync: C# does not allow it beside the static factory of the same signature.)
    /// </summary>
    public Task StartAgainAsync() => _app.StartResourceAsync("rabbitmq");

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
