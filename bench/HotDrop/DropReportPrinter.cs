namespace Platform.Bench.HotDrop;

// What one run prints: a block per concurrency, then one table row per concurrency (the README's table).
public static class DropReportPrinter
{
    public static void Print(DropReport r, int ceilingSeconds)
    {
        var storm = r.Storm;
        Console.WriteLine();
        Console.WriteLine($"== {r.Connections} connections, {r.Seats} seats ==");
        Console.WriteLine($"storm: {storm.Requests} requests in {storm.Elapsed.TotalSeconds:F2} s; {storm.Created} holds in {storm.LastCreatedAt.TotalSeconds:F2} s until sold out = {r.HoldsPerSecond:F0} holds/s");
        Console.WriteLine($"  answers/s: {ByStatus(storm)}{Unexpected(storm)}");
        Console.WriteLine($"  latency of all answers, ms: p50 {storm.Percentile(50):F1}  p95 {storm.Percentile(95):F1}  p99 {storm.Percentile(99):F1}  max {storm.Percentile(100):F1}");
        var soldOut = r.SoldOut;
        Console.WriteLine($"sold out: {soldOut.Requests} requests in {soldOut.Elapsed.TotalSeconds:F2} s = {soldOut.Requests / soldOut.Elapsed.TotalSeconds:F0} answers/s ({ByStatus(soldOut)}){Unexpected(soldOut)}");
        Console.WriteLine($"  latency ms: p50 {soldOut.Percentile(50):F1}  p99 {soldOut.Percentile(99):F1}  max {soldOut.Percentile(100):F1}");
        Console.WriteLine($"raw single-row ceiling (pgbench -c {r.Connections} -j 2 -T {ceilingSeconds} -n -M prepared, conditional UPDATE on one row): {r.CeilingTps:F0} tps");
        Console.WriteLine($"ratio holds/s / ceiling: {r.HoldsPerSecond / r.CeilingTps:F2}");
        Console.WriteLine($"CPU seconds per 1,000 requests ({"storm",8} {"sold out",9})   CPU seconds (storm, sold out)");
        foreach (var process in r.StormCpu.Seconds.Keys.Union(r.SoldOutCpu.Seconds.Keys).Order())
            Console.WriteLine($"  {process,-28} {r.StormCpu.PerThousand(process),8:F2} {r.SoldOutCpu.PerThousand(process),9:F2}   {r.StormCpu.Seconds.GetValueOrDefault(process),6:F2} {r.SoldOutCpu.Seconds.GetValueOrDefault(process),6:F2}");
        Console.WriteLine($"  {"all processes",-28} {r.StormCpu.Seconds.Values.Sum() * 1000 / Math.Max(1, storm.Requests),8:F2} {r.SoldOutCpu.Seconds.Values.Sum() * 1000 / Math.Max(1, soldOut.Requests),9:F2}");
        var s = r.Sampled;
        Console.WriteLine($"invariant during the storm: {s.Samples} samples every 100 ms, {s.Violations} violations, most taken {s.MaxTaken} of {s.Capacity}{(s.FirstViolation is null ? "" : $" (first: {s.FirstViolation})")}");
        var f = r.Final;
        Console.WriteLine($"invariant at the end: capacity {f.Capacity}, held {f.Held}, sold {f.Sold}, oversold {f.Oversold}; {f.Bookings} bookings for {f.CreatedAnswers} answers 201 " +
                          $"({f.CreatedWithoutBooking} 201s without a booking, {f.CreatedNotHoldingSeat} not holding their seat, {f.BookingsWithoutCreated} bookings never answered 201); " +
                          $"seats in bookings {f.AdmissionsHeldByBookings}; saga has {f.WithSaga} of {f.Bookings} (after {f.SagaTookOnWithin.TotalSeconds:F1} s) -> {(r.Holds ? "OK" : "VIOLATED")}");
    }

    public static void PrintTable(IEnumerable<DropReport> reports)
    {
        Console.WriteLine();
        Console.WriteLine("| connections | holds/s until sold out | raw ceiling (pgbench) | ratio | sold-out answers/s | p50 ms | p95 ms | p99 ms | sold-out p99 ms | CPU ms per hold (all processes) | invariant |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in reports)
            Console.WriteLine($"| {r.Connections} | {r.HoldsPerSecond:F0} | {r.CeilingTps:F0} | {r.HoldsPerSecond / r.CeilingTps:F2} | {r.SoldOut.Requests / r.SoldOut.Elapsed.TotalSeconds:F0} " +
                              $"| {r.Storm.Percentile(50):F0} | {r.Storm.Percentile(95):F0} | {r.Storm.Percentile(99):F0} | {r.SoldOut.Percentile(99):F0} " +
                              $"| {r.StormCpu.Seconds.Values.Sum() * 1000 / Math.Max(1, r.Storm.Created):F1} | {(r.Holds ? "OK" : "VIOLATED")} |");
    }

    static string ByStatus(PhaseResult phase) =>
        string.Join(", ", phase.ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value / phase.Elapsed.TotalSeconds:F0}/s ({s.Value})"));

    static string Unexpected(PhaseResult phase) => phase.FirstUnexpected is null ? "" : $"; first unexpected: {Truncate(phase.FirstUnexpected)}";

    static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
