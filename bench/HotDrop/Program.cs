using System.Globalization;
using Platform.Bench.HotDrop;

// Hot drop: N seats, M hold requests from C connections through the gateway, then the raw single-row
// ceiling of the same Postgres at the same concurrency, and the ratio between the two.
Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
Console.WriteLine($"hot drop: {options.Seats} seats, {options.Requests} requests, {options.Connections} connections");

await using var platform = await BenchPlatform.StartOrAttachAsync(options);
Console.WriteLine($"platform: gateway {platform.Gateway}");
using var gateway = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = platform.Gateway,
    Timeout = TimeSpan.FromMinutes(2),
};

var (occurrenceId, ticketTypeId) = await SaleSeeder.SeedAsync(platform, options.Seats);
var tokens = await Buyers.SignInAsync(gateway, options.Connections);
Console.WriteLine($"seeded occurrence {occurrenceId}; {tokens.Length} buyers signed in");

// A short warm-up on another sale, so JIT and connection set-up are not in the figures.
var (warmOccurrence, warmTicketType) = await SaleSeeder.SeedAsync(platform, 50);
await HoldStorm.RunAsync(gateway, tokens.Take(Math.Min(20, tokens.Length)).ToArray(), warmOccurrence, warmTicketType, 100);

// The ceiling runs first: after the drop, the services' connection pools hold many of the server's slots.
var (ceilingElapsed, ceilingUpdates) = await RawCeiling.RunAsync(platform, options.Requests, options.Connections);
var storm = await HoldStorm.RunAsync(gateway, tokens, occurrenceId, ticketTypeId, options.Requests);
var invariant = await InvariantCheck.ReadAsync(platform, occurrenceId, ticketTypeId);

var sorted = storm.LatenciesMs.Order().ToArray();
var requestsPerSecond = options.Requests / storm.Elapsed.TotalSeconds;
var holdsPerSecond = storm.Created / storm.SoldOutAfter.TotalSeconds;
var ceilingPerSecond = ceilingUpdates / ceilingElapsed.TotalSeconds;
Console.WriteLine();
Console.WriteLine($"through the gateway: {options.Requests} requests in {storm.Elapsed.TotalSeconds:F2} s = {requestsPerSecond:F0} requests/s");
Console.WriteLine($"holds: {storm.Created} in {storm.SoldOutAfter.TotalSeconds:F2} s until sold out = {holdsPerSecond:F0} holds/s");
Console.WriteLine($"latency ms: p50 {HoldStorm.Percentile(sorted, 50):F1}  p95 {HoldStorm.Percentile(sorted, 95):F1}  p99 {HoldStorm.Percentile(sorted, 99):F1}  max {sorted[^1]:F1}");
Console.WriteLine($"answers: 201 {storm.Created}, 409 {storm.Conflicts}, other {storm.Other}{(storm.FirstOther is null ? "" : $" (first: {storm.FirstOther})")}");
Console.WriteLine($"invariant: capacity {invariant.Capacity}, held {invariant.Held}, sold {invariant.Sold}, bookings {invariant.Bookings}, admissions in bookings {invariant.AdmissionsInBookings} -> {(invariant.Holds(storm.Created) ? "OK" : "VIOLATED")}");
Console.WriteLine($"sold out: {(storm.Created == Math.Min(options.Seats, options.Requests) ? "yes, every seat held once" : "no, seats left over")}");
Console.WriteLine($"raw single-row ceiling (conditional UPDATE, autocommit, {options.Connections} connections): {ceilingUpdates} updates in {ceilingElapsed.TotalSeconds:F2} s = {ceilingPerSecond:F0} updates/s");
Console.WriteLine($"ratio: requests/s to ceiling {requestsPerSecond / ceilingPerSecond:P0}; holds/s to ceiling {holdsPerSecond / ceilingPerSecond:P0}");
return invariant.Holds(storm.Created) ? 0 : 1;
