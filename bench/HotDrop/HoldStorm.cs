using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Platform.Bench.HotDrop;

// SoldOutAfter: when the last 201 arrived, so holds/s counts only the time seats were still on sale.
public sealed record StormResult(TimeSpan Elapsed, TimeSpan SoldOutAfter, int Created, int Conflicts, int Other, string? FirstOther, double[] LatenciesMs);

// M hold requests for one seat each from C concurrent connections through the gateway.
public static class HoldStorm
{
    public static async Task<StormResult> RunAsync(HttpClient gateway, string[] tokens, Guid occurrenceId, Guid ticketTypeId, int requests)
    {
        var latencies = new double[requests];
        var created = 0;
        var conflicts = 0;
        var other = 0;
        string? firstOther = null;
        long lastCreatedTicks = 0;
        var next = -1;
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select(async token =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
                {
                    Content = JsonContent.Create(new { occurrenceId, lines = new[] { new { ticketTypeId, quantity = 1 } } }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.Add("Idempotency-Key", $"drop-{run}-{i}");
                var started = Stopwatch.GetTimestamp();
                using var response = await gateway.SendAsync(request);
                await response.Content.LoadIntoBufferAsync();
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                switch (response.StatusCode)
                {
                    case HttpStatusCode.Created:
                        Interlocked.Increment(ref created);
                        var at = clock.Elapsed.Ticks;
                        long seen;
                        while ((seen = Interlocked.Read(ref lastCreatedTicks)) < at && Interlocked.CompareExchange(ref lastCreatedTicks, at, seen) != seen)
                        {
                        }
                        break;
                    case HttpStatusCode.Conflict:
                        Interlocked.Increment(ref conflicts);
                        break;
                    default:
                        if (Interlocked.Increment(ref other) == 1)
                            firstOther = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                        break;
                }
            }
        }));
        return new StormResult(clock.Elapsed, TimeSpan.FromTicks(lastCreatedTicks), created, conflicts, other, firstOther, latencies);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
