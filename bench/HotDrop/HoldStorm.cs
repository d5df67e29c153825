using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Bench.HotDrop;

// LastCreatedAt: when the last 201 arrived, so holds/s counts only the time seats were still on sale.
public sealed record PhaseResult(
    int Requests, TimeSpan Elapsed, TimeSpan LastCreatedAt, IReadOnlyDictionary<int, int> ByStatus, string? FirstUnexpected,
    double[] SortedLatenciesMs, IReadOnlyCollection<Guid> CreatedBookings)
{
    public int Created => ByStatus.GetValueOrDefault(201);

    public double Percentile(double p) =>
        SortedLatenciesMs.Length == 0 ? 0 : SortedLatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * SortedLatenciesMs.Length) - 1, 0, SortedLatenciesMs.Length - 1)];
}

// Hold requests (POST /api/bookings, one seat, a unique Idempotency-Key each) from C connections through the
// gateway, request i as buyer i mod B, until `stop` says so or the request budget is spent.
public static class HoldStorm
{
    sealed record Placed(Guid Id);

    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<PhaseResult> RunAsync(
        HttpClient gateway, string[] tokens, Guid occurrenceId, Guid ticketTypeId, int connections, int maxRequests, Func<bool> stop, Action onCreated)
    {
        var latencies = new ConcurrentBag<double>();
        var byStatus = new ConcurrentDictionary<int, int>();
        var created = new ConcurrentBag<Guid>();
        string? firstUnexpected = null;
        long lastCreatedTicks = 0;
        var next = -1;
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int i;
            while (!stop() && (i = Interlocked.Increment(ref next)) < maxRequests)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
                {
                    Content = JsonContent.Create(new { occurrenceId, lines = new[] { new { ticketTypeId, quantity = 1 } } }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i % tokens.Length]);
                request.Headers.Add("Idempotency-Key", $"drop-{run}-{i}");
                var started = Stopwatch.GetTimestamp();
                using var response = await gateway.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var status = (int)response.StatusCode;
                byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status == 201)
                {
                    created.Add(JsonSerializer.Deserialize<Placed>(body, Web)!.Id);
                    onCreated();
                    var at = clock.Elapsed.Ticks;
                    long seen;
                    while ((seen = Interlocked.Read(ref lastCreatedTicks)) < at && Interlocked.CompareExchange(ref lastCreatedTicks, at, seen) != seen)
                    {
                    }
                }
                else if (status != 409)
                    Interlocked.CompareExchange(ref firstUnexpected, $"{status} {body}", null);
            }
        }));
        var elapsed = clock.Elapsed;
        return new PhaseResult(latencies.Count, elapsed, TimeSpan.FromTicks(lastCreatedTicks), byStatus, firstUnexpected,
            latencies.Order().ToArray(), created.ToArray());
    }
}
