namespace Platform.Bench.HotDrop;

public sealed record CpuUse(IReadOnlyDictionary<string, double> Seconds, int Requests)
{
    public static CpuUse Between(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after, int requests) =>
        new(after.ToDictionary(p => p.Key, p => p.Value - before.GetValueOrDefault(p.Key)), requests);

    public double PerThousand(string process) => Requests == 0 ? 0 : Seconds.GetValueOrDefault(process) * 1000 / Requests;
}

public sealed record DropReport(
    int Connections, int Seats, double CeilingTps, PhaseResult Storm, CpuUse StormCpu, PhaseResult SoldOut, CpuUse SoldOutCpu,
    SampledInvariant Sampled, InvariantReport Final)
{
    public double HoldsPerSecond => Storm.LastCreatedAt > TimeSpan.Zero ? Storm.Created / Storm.LastCreatedAt.TotalSeconds : 0;

    public bool Holds => Sampled.Violations == 0 && Final.Holds && Storm.Created == Seats;
}

// One drop at one concurrency: a fresh sale of N seats, holds until sold out, then a bounded sold-out phase
// at the same concurrency; the counters sampled throughout; CPU per process read around each phase.
public static class DropRun
{
    public static async Task<DropReport> RunAsync(BenchPlatform platform, HttpClient gateway, string[] tokens, BenchOptions options, int connections, double ceilingTps)
    {
        var (occurrenceId, ticketTypeId) = await SaleSeeder.SeedAsync(platform, options.Seats);
        var stormLimit = TimeSpan.FromSeconds(options.StormTimeoutSeconds);
        PhaseResult storm, soldOut;
        CpuUse stormCpu, soldOutCpu;
        SampledInvariant sampled;
        await using (var sampler = InvariantSampler.Start(platform.BookingsDb, occurrenceId, ticketTypeId))
        {
            var created = 0;
            var beforeStorm = PlatformProcesses.CpuSeconds();
            var started = DateTime.UtcNow;
            storm = await HoldStorm.RunAsync(gateway, tokens, occurrenceId, ticketTypeId, connections, int.MaxValue,
                () => Volatile.Read(ref created) >= options.Seats || sampler.SoldOutForASecond || DateTime.UtcNow - started > stormLimit,
                onCreated: () => Interlocked.Increment(ref created));
            var afterStorm = PlatformProcesses.CpuSeconds();
            var soldOutUntil = DateTime.UtcNow.AddSeconds(options.SoldOutSeconds);
            soldOut = await HoldStorm.RunAsync(gateway, tokens, occurrenceId, ticketTypeId, connections, options.SoldOutRequests,
                () => DateTime.UtcNow > soldOutUntil, onCreated: () => { });
            var afterSoldOut = PlatformProcesses.CpuSeconds();
            sampled = await sampler.StopAsync();
            stormCpu = CpuUse.Between(beforeStorm, afterStorm, storm.Requests);
            soldOutCpu = CpuUse.Between(afterStorm, afterSoldOut, soldOut.Requests);
        }

        var final = await InvariantCheck.ReadAsync(platform.BookingsDb, occurrenceId, ticketTypeId, [.. storm.CreatedBookings, .. soldOut.CreatedBookings]);
        return new DropReport(connections, options.Seats, ceilingTps, storm, stormCpu, soldOut, soldOutCpu, sampled, final);
    }
}
