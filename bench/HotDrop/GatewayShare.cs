using System.Diagnostics;

namespace Platform.Bench.HotDrop;

// The gateway's share: a cached GET /api/events through the gateway against the Events service's own
// endpoint, at the same concurrency, alternating three times so drift on a shared machine shows. Both paths pass
// Aspire's proxy in front of the process they call; through the gateway the request also crosses the gateway
// and the proxy in front of Events.
public static class GatewayShare
{
    const string Path = "/api/events";

    // Gateway settings an A/B run (--variants yes) tries one at a time, each against the gateway as configured.
    static readonly (string Name, Dictionary<string, string?> Settings)[] Variants =
    [
        ("gateway without OpenTelemetry", new() { ["OTEL_SDK_DISABLED"] = "true" }),
        ("gateway logging at Warning", new() { ["Logging__LogLevel__Default"] = "Warning" }),
    ];

    public static async Task<int> RunAsync(BenchPlatform platform, BenchOptions options)
    {
        var events = platform.Events ?? throw new ArgumentException("gateway-share needs a platform of its own (no --gateway).");
        Console.WriteLine($"gateway share: GET {Path}, {options.ShareConnections} connections, {options.ShareSeconds} s per run");
        using var throughGateway = Client(platform.Gateway, options.ShareConnections);
        using var direct = Client(events, options.ShareConnections);
        await MeasureAsync("gateway as built", throughGateway, direct, options);
        if (!options.ShareVariants)
            return 0;
        var previous = Array.Empty<string>();
        foreach (var (name, settings) in Variants)
        {
            await platform.RestartGatewayAsync(settings, previous);
            previous = [.. settings.Keys];
            await MeasureAsync(name, throughGateway, direct, options);
        }
        return 0;
    }

    static async Task MeasureAsync(string label, HttpClient throughGateway, HttpClient direct, BenchOptions options)
    {
        await PlatformSettle.WaitAsync(label);
        var rates = new Dictionary<string, List<double>> { ["gateway"] = [], ["events"] = [] };
        foreach (var (name, client) in new[] { ("events", direct), ("gateway", throughGateway), ("events", direct), ("gateway", throughGateway), ("events", direct), ("gateway", throughGateway) })
        {
            await LoadAsync(client, options.ShareConnections, TimeSpan.FromSeconds(3)); // warm-up: JIT, connections, the cache
            var before = PlatformProcesses.CpuSeconds();
            var (requests, failures, elapsed) = await LoadAsync(client, options.ShareConnections, TimeSpan.FromSeconds(options.ShareSeconds));
            var cpu = CpuUse.Between(before, PlatformProcesses.CpuSeconds(), requests);
            rates[name].Add(requests / elapsed.TotalSeconds);
            var busiest = cpu.Seconds.Where(p => p.Value > 0.05).OrderByDescending(p => p.Value)
                .Select(p => $"{p.Key} {cpu.PerThousand(p.Key):F2}");
            Console.WriteLine($"  {name,-8} {requests / elapsed.TotalSeconds,8:F0} requests/s ({requests} in {elapsed.TotalSeconds:F1} s, {failures} failed); " +
                              $"CPU s per 1,000: {string.Join(", ", busiest)}");
        }

        var gateway = rates["gateway"].Max();
        var eventsRate = rates["events"].Max();
        Console.WriteLine($"{label}, best of three: through the gateway {gateway:F0} requests/s, Events directly {eventsRate:F0} requests/s, ratio {gateway / eventsRate:F2}");
    }

    static HttpClient Client(Uri address, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    static async Task<(int Requests, int Failures, TimeSpan Elapsed)> LoadAsync(HttpClient client, int connections, TimeSpan duration)
    {
        var requests = 0;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await client.GetAsync(Path, HttpCompletionOption.ResponseContentRead);
                Interlocked.Increment(ref requests);
                if (!response.IsSuccessStatusCode)
                    Interlocked.Increment(ref failures);
            }
        }));
        return (requests, failures, clock.Elapsed);
    }
}
