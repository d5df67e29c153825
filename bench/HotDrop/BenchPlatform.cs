using Npgsql;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Platform.Testing;

namespace Platform.Bench.HotDrop;

// The platform under load: one the benchmark starts (durable Postgres, throttles lifted) or a running one.
public sealed class BenchPlatform : IAsyncDisposable
{
    readonly DistributedApplication? app;

    BenchPlatform(DistributedApplication? app, Uri gateway, string bookingsDb, string rabbitMq)
    {
        this.app = app;
        Gateway = gateway;
        BookingsDb = bookingsDb;
        RabbitMq = rabbitMq;
    }

    public Uri Gateway { get; }

    public string BookingsDb { get; }

    public string RabbitMq { get; }

    // A scratch database on the same server, for the raw single-row ceiling.
    public string ScratchDb(string name) => new NpgsqlConnectionStringBuilder(BookingsDb) { Database = name }.ConnectionString;

    public static async Task<BenchPlatform> StartOrAttachAsync(BenchOptions options)
    {
        if (options.Gateway is not null)
            return new BenchPlatform(null, options.Gateway, options.BookingsDb!, options.RabbitMq!);

        var app = await OwnPlatform.StartAsync(Path.Combine(Path.GetTempPath(), "platform-hotdrop-" + Guid.NewGuid().ToString("N")[..8]),
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Gateway__PerIpPermitLimit"] = "1000000",
                ["Gateway__CredentialPermitLimit"] = "1000000",
                // Each buyer fires about 25 holds here; a real buyer's booking budget would turn them into 429s.
                ["Gateway__PerUserPermitLimit"] = "1000000",
                ["Gateway__BookingPermitLimit"] = "1000000",
            });
        return new BenchPlatform(
            app,
            app.GetEndpoint("gateway", "http"),
            await app.GetConnectionStringAsync("bookingsdb") ?? "",
            await app.GetConnectionStringAsync("rabbitmq") ?? "");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
