namespace Platform.Bench.Catalog;

// Command line: --events N --requests N --seconds S --concurrency C
public sealed record BenchSettings(int Events, int Requests, TimeSpan Duration, int Concurrency)
{
    public static BenchSettings Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : fallback;
        }
        return new BenchSettings(Int("--events", 10_000), Int("--requests", 4_000), TimeSpan.FromSeconds(Int("--seconds", 30)), Int("--concurrency", 16));
    }
}
