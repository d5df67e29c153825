using System.Globalization;

namespace Platform.Bench.HotDrop;

// CPU time (utime + stime from /proc/<pid>/stat, plus what reaped children left behind) of every process
// of the platform, grouped by what it is. The platform's processes are found by command line among the
// descendants of this process and of the orchestrator it started (DCP detaches and watches us with
// `--monitor <our pid>`), so other platforms on the machine are never counted.
public static class PlatformProcesses
{
    static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    // The AppHost runs inside the benchmark (Aspire's testing builder), so they share one process.
    public const string Bench = "bench + AppHost";

    // One entry per process group ("bookings #2" for a second replica), CPU seconds so far.
    public static IReadOnlyDictionary<string, double> CpuSeconds()
    {
        var all = ReadAll();
        var self = Environment.ProcessId;
        var children = all.Values.ToLookup(p => p.Parent);
        var mine = new List<ProcessStat>();
        var monitor = $"--monitor {self} ";
        var orchestrators = all.Values.Where(p => p.Parent != self && (p.CommandLine + " ").Contains(monitor, StringComparison.Ordinal)).ToList();
        mine.AddRange(orchestrators);
        var pending = new Stack<int>([self, .. orchestrators.Select(p => p.Pid)]);
        while (pending.Count > 0)
            foreach (var child in children[pending.Pop()])
            {
                mine.Add(child);
                pending.Push(child.Pid);
            }

        var totals = new Dictionary<string, double>
        {
            [Bench] = all.TryGetValue(self, out var bench) ? bench.OwnSeconds : 0,
        };
        var groupOf = new Dictionary<int, string>();
        foreach (var process in mine.OrderBy(p => p.Pid))
        {
            var kind = Classify(process.CommandLine);
            if (kind is null)
                continue;
            // Our services may run as replicas: each is the process of its kind whose parent is not (dotnet run
            // and the service it starts count once), named by that process's id. Servers are summed whole.
            var group = groupOf.TryGetValue(process.Parent, out var parentGroup) && parentGroup.StartsWith(kind, StringComparison.Ordinal)
                ? parentGroup
                : Services.Any(s => s.Service == kind) ? $"{kind} (pid {process.Pid})" : kind;
            groupOf[process.Pid] = group;
            totals[group] = totals.GetValueOrDefault(group) + process.OwnSeconds + process.ReapedChildrenSeconds;
        }
        return totals;
    }

    static string? Classify(string commandLine)
    {
        if (commandLine.StartsWith("postgres", StringComparison.Ordinal) || commandLine.Contains("/bin/postgres ", StringComparison.Ordinal))
            return "postgres";
        if (commandLine.Contains("beam.smp", StringComparison.Ordinal) || commandLine.Contains("rabbitmq", StringComparison.Ordinal)
            || commandLine.Contains("epmd", StringComparison.Ordinal) || commandLine.Contains("erl_child_setup", StringComparison.Ordinal))
            return "rabbitmq";
        if (commandLine.Contains("redis-server", StringComparison.Ordinal))
            return "redis";
        if (commandLine.Contains("aiosmtpd", StringComparison.Ordinal))
            return "smtp";
        if (commandLine.Contains("pgbench", StringComparison.Ordinal))
            return null;
        foreach (var (marker, service) in Services)
            if (commandLine.Contains(marker, StringComparison.Ordinal))
                return service;
        if (commandLine.Contains("dcp", StringComparison.Ordinal))
            return "dcp (Aspire orchestrator)";
        return null;
    }

    static readonly (string Marker, string Service)[] Services =
    [
        ("Gateway", "gateway"), ("Bookings.Service", "bookings"), ("Payments.Service", "payments"), ("Events.Service", "events"),
        ("Auth.Service", "auth"), ("Notifications.Service", "notifications"),
    ];

    sealed record ProcessStat(int Pid, int Parent, string CommandLine, double OwnSeconds, double ReapedChildrenSeconds);

    static Dictionary<int, ProcessStat> ReadAll()
    {
        var processes = new Dictionary<int, ProcessStat>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                // Fields after the command name in parentheses (which may itself hold spaces): state is field 3.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                double Ticks(int field) => long.Parse(fields[field - 3], CultureInfo.InvariantCulture) / TicksPerSecond;
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim();
                processes[pid] = new ProcessStat(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), commandLine,
                    Ticks(14) + Ticks(15), Ticks(16) + Ticks(17));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended while we read it.
            }
        }
        return processes;
    }
}
