using Npgsql;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Aspire.Hosting.Testing;
using Platform.Testing;

namespace Platform.Bench.HotDrop;

// The platform under load: one the benchmark starts (durable Postgres, throttles lifted, K Bookings replicas) or a running one.
public sealed class BenchPlatform : IAsyncDisposable
{
    readonly DistributedApplication? app;
    readonly IDictionary<string, string?> settings;
    string? ownDataFolder; // ours to remove once the platform has stopped

    BenchPlatform(DistributedApplication? app, IDictionary<string, string?> settings, Uri gateway, string bookingsDb, string rabbitMq)
    {
        this.app = app;
        this.settings = settings;
        Events = app?.GetEndpoint("events", "http");
        Gateway = gateway;
        BookingsDb = bookingsDb;
        RabbitMq = rabbitMq;
    }

    public Uri Gateway { get; }

    // The Events service's own endpoint (only on a platform of our own), for the gateway's share.
    public Uri? Events { get; }

    public string BookingsDb { get; }

    public string RabbitMq { get; }

    // A scratch database on the same server, for the raw single-row ceiling.
    public string ScratchDb(string name) => new NpgsqlConnectionStringBuilder(BookingsDb) { Database = name }.ConnectionString;

    public static async Task<BenchPlatform> StartOrAttachAsync(BenchOptions options)
    {
        if (options.Gateway is not null)
            return new BenchPlatform(null, new Dictionary<string, string?>(), options.Gateway, options.BookingsDb!, options.RabbitMq!);

        var settings = new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Gateway__PerIpPermitLimit"] = "1000000",
                ["Gateway__CredentialPermitLimit"] = "1000000",
                // Each buyer fires about 25 holds here; a real buyer's booking budget would turn them into 429s.
                ["Gateway__PerUserPermitLimit"] = "1000000",
                ["Gateway__BookingPermitLimit"] = "1000000",
            };
        var dataFolder = Path.Combine(Path.GetTempPath(), "platform-hotdrop-" + Guid.NewGuid().ToString("N")[..8]);
        var app = await OwnPlatform.StartAsync(dataFolder, settings,
            $"--Platform:Replicas:Bookings={options.BookingsReplicas}",
            // The AppHost runs in this process: printing every service's log line would be load of its own.
            "--Logging:LogLevel:Default=Warning");
        // Healthy says only that the proxy reached one replica: wait until every one has started.
        await new ServiceReplicas(app).StartedAsync("bookings", AspireApps.StartTimeout);
        return new BenchPlatform(
            app, settings,
            app.GetEndpoint("gateway", "http"),
            await app.GetConnectionStringAsync("bookingsdb") ?? "",
            await app.GetConnectionStringAsync("rabbitmq") ?? "") { ownDataFolder = dataFolder };
    }

    // Services read their settings at each start: the gateway restarted with these (and then without them) is an A/B run.
    public async Task RestartGatewayAsync(IReadOnlyDictionary<string, string?> variant, IEnumerable<string> dropped)
    {
        if (app is null)
            throw new InvalidOperationException("Only a platform of the benchmark's own can restart its gateway.");
        foreach (var key in dropped)
            settings.Remove(key);
        foreach (var (key, value) in variant)
            settings[key] = value;
        var result = await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync("gateway", "restart");
        if (!result.Success)
            throw new InvalidOperationException($"restarting the gateway failed: {result.Message}");
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway").WaitAsync(AspireApps.StartTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (ownDataFolder is not null && Directory.Exists(ownDataFolder))
            Directory.Delete(ownDataFolder, recursive: true);
    }
}
