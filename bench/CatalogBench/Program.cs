using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Bench.Catalog;
using Platform.Testing;

// Starts the platform (durable Postgres, real Redis and RabbitMQ, all services and the gateway),
// bulk-seeds the catalog, then measures browse and detail reads through the gateway with Events'
// cache on, restarts Events with Events:Cache:Enabled=false, and measures the same reads again.
if (args is ["seed", ..])
{
    // ./platform.sh seed: demo data into an already running platform (./platform.sh run).
    var gatewayUrl = new Uri(args.Length > 1 ? args[1] : "http://127.0.0.1:5080/");
    var maildir = args.Length > 2 ? args[2] : Path.Combine(Directory.GetCurrentDirectory(), ".data", "maildir");
    return await DemoCatalog.RunAsync(gatewayUrl, maildir);
}

var settings = BenchSettings.Parse(args);
var environment = new Dictionary<string, string?>
{
    ["Events__Cache__Enabled"] = "true",
    // The benchmark is one client IP: lift the gateway's per-IP throttle so it measures reads, not 429s.
    ["Gateway__PerIpPermitLimit"] = "1000000",
    ["Logging__LogLevel__Default"] = "Warning",
};
var dataFolder = Path.Combine(Path.GetTempPath(), "catalog-bench-" + Guid.NewGuid().ToString("N")[..8]);
Console.WriteLine($"CatalogBench: {settings.Events} events, up to {settings.Requests} requests or {settings.Duration.TotalSeconds:0} s per run, {settings.Concurrency} concurrent clients on 127.0.0.1");
environment["ASPNETCORE_ENVIRONMENT"] = "Production";
await using var app = await OwnPlatform.StartAsync(dataFolder, environment);
var gateway = app.GetEndpoint("gateway", "http");
var eventsDb = await app.GetConnectionStringAsync("eventsdb") ?? "";
Console.WriteLine($"platform up; gateway {gateway}");

var seeding = System.Diagnostics.Stopwatch.StartNew();
await CatalogSeeder.SeedAsync(eventsDb, settings.Events);
Console.WriteLine($"seeded {settings.Events} published events by bulk INSERT straight into eventsdb (not through the API) in {seeding.Elapsed.TotalSeconds:0.0} s");

var browse = Workload.BrowsePaths(DateTimeOffset.UtcNow);
var detail = Workload.DetailPaths(await CatalogSeeder.SomeEventIdsAsync(eventsDb, 500));
using var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };

async Task<LoadResult[]> MeasureAsync(string label)
{
    // Warm-up: every distinct request once (fills the cache when it is on; JIT and pools either way).
    foreach (var path in browse.Concat(detail))
        (await client.GetAsync(path)).Dispose();
    return
    [
        await LoadRun.RunAsync($"browse, {label}", client, browse, settings),
        await LoadRun.RunAsync($"detail, {label}", client, detail, settings),
    ];
}

var warm = await MeasureAsync("cache warm");
environment["Events__Cache__Enabled"] = "false";
// Settings are read at each start, so Aspire's restart command brings Events back with the cache off.
await app.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync("events", "restart");
await app.ResourceNotifications.WaitForResourceHealthyAsync("events");
Console.WriteLine("events restarted with Events:Cache:Enabled=false");
var off = await MeasureAsync("cache off");

Console.WriteLine();
Console.WriteLine($"{"run",-22} {"requests",9} {"failed",7} {"req/s",9} {"p50 ms",8} {"p99 ms",8}");
foreach (var result in warm.Zip(off).SelectMany(pair => new[] { pair.First, pair.Second }))
    Console.WriteLine($"{result.Name,-22} {result.Requests,9} {result.Failures,7} {result.RequestsPerSecond,9:0} {result.P50Ms,8:0.0} {result.P99Ms,8:0.0}");
await app.StopAsync();
return 0;
