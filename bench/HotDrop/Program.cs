using System.Globalization;
using Platform.Bench.HotDrop;

// Hot drop: for each concurrency, a fresh sale of N seats sold through the gateway to signed-in buyers until
// sold out, then a sold-out phase; the raw single-row ceiling (pgbench) of the same Postgres at the same
// concurrency; CPU per process; the invariant sampled throughout. `gateway-share` measures the gateway instead.
Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);

await using var platform = await BenchPlatform.StartOrAttachAsync(options);
Console.WriteLine($"platform: gateway {platform.Gateway}, {options.BookingsReplicas} Bookings replica(s)");
Console.WriteLine($"processes found: {string.Join(", ", PlatformProcesses.CpuSeconds().Keys.Order())}");
if (options.GatewayShare)
    return await GatewayShare.RunAsync(platform, options);

Console.WriteLine($"hot drop: {options.Seats} seats per sale, connections {string.Join(", ", options.Connections)}, {options.Buyers} buyers, " +
                  $"sold-out phase {options.SoldOutSeconds} s or {options.SoldOutRequests} requests");
using var gateway = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections.Max(), PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = platform.Gateway,
    Timeout = TimeSpan.FromMinutes(2),
};

// The ceilings run first, while the services' connection pools still leave the server's slots free.
var ceilings = new Dictionary<int, double>();
await PlatformSettle.WaitAsync("the ceilings");
foreach (var connections in options.Connections.Distinct())
{
    ceilings[connections] = await PgbenchCeiling.MeasureAsync(platform, connections, options.CeilingSeconds);
    Console.WriteLine($"raw ceiling at {connections} connections: {ceilings[connections]:F0} tps");
}

var tokens = await Buyers.SignInAsync(gateway, options.Buyers);
Console.WriteLine($"{tokens.Length} buyers signed in");

// A warm-up drop on a sale of its own (every replica, JIT, pools), so the first figure is not a cold one;
// with --cold the first figure is the first drop the services see after they start.
if (options.Cold)
    Console.WriteLine("cold: no warm-up drop, the first figure is the first drop after the start");
else
{
    var (warmOccurrence, warmTicketType) = await SaleSeeder.SeedAsync(platform, 100);
    await HoldStorm.RunAsync(gateway, tokens, warmOccurrence, warmTicketType, 64, 600, () => false, onCreated: () => { });
}

var reports = new List<DropReport>();
foreach (var connections in options.Connections)
{
    await PlatformSettle.WaitAsync($"the drop at {connections} connections");
    var report = await DropRun.RunAsync(platform, gateway, tokens, options, connections, ceilings[connections]);
    DropReportPrinter.Print(report, options.CeilingSeconds);
    reports.Add(report);
}

DropReportPrinter.PrintTable(reports);
return reports.All(r => r.Holds) ? 0 : 1;
