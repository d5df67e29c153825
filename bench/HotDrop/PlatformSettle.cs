namespace Platform.Bench.HotDrop;

// Waits until the platform is idle (start-up work such as migrations, JIT and first polls done), so a
// measurement does not pay for it: under a third of a core for two seconds, or half a minute at most.
public static class PlatformSettle
{
    public static async Task WaitAsync(string before)
    {
        const double idleCores = 0.3;
        var window = TimeSpan.FromSeconds(2);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        double busy;
        do
        {
            var start = PlatformProcesses.CpuSeconds();
            await Task.Delay(window);
            busy = CpuUse.Between(start, PlatformProcesses.CpuSeconds(), 0).Seconds
                .Where(p => p.Key != PlatformProcesses.Bench).Sum(p => p.Value) / window.TotalSeconds;
        }
        while (busy > idleCores && clock.Elapsed < TimeSpan.FromSeconds(30));
        Console.WriteLine($"settled before {before} after {clock.Elapsed.TotalSeconds:F0} s ({busy:F2} cores busy)");
    }
}
