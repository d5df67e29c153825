using System.Diagnostics;

namespace Platform.Bench.Catalog;

public sealed record LoadResult(string Name, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Seconds;
}

// Fires GETs at the gateway from a fixed number of workers until the request budget or the time is used up.
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, HttpClient client, IReadOnlyList<string> paths, BenchSettings settings)
    {
        var latencies = new List<double>[settings.Concurrency];
        var failures = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, settings.Concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            var random = new Random(worker);
            while (clock.Elapsed < settings.Duration && Interlocked.Increment(ref issued) <= settings.Requests)
            {
                var path = paths[random.Next(paths.Count)];
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                    Interlocked.Increment(ref failures);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
