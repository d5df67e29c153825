namespace Platform.AppHost;

/// <summary>The environment variable every child carries, inherited by grandchildren, so leftovers can be found.</summary>
public static class RunTag
{
    public static string NewValue() => Guid.NewGuid().ToString("N");

    /// <summary>Pids of live processes whose environment carries PLATFORM_APPHOST_RUN=<paramref name="value"/>.</summary>
    public static IReadOnlyList<int> FindProcesses(string value)
    {
        var needle = System.Text.Encoding.ASCII.GetBytes($"{PlatformOptions.RunTagVariable}={value}");
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
                continue;
            try
            {
                var environ = File.ReadAllBytes(Path.Combine(dir, "environ"));
                if (ContainsEntry(environ, needle) && !IsZombie(dir))
                    found.Add(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    private static bool ContainsEntry(byte[] environ, byte[] entry)
    {
        var span = environ.AsSpan();
        while (!span.IsEmpty)
        {
            var end = span.IndexOf((byte)0);
            var item = end < 0 ? span : span[..end];
            if (item.SequenceEqual(entry))
                return true;
            if (end < 0)
                break;
            span = span[(end + 1)..];
        }
        return false;
    }

    private static bool IsZombie(string procDir)
    {
        var stat = File.ReadAllText(Path.Combine(procDir, "stat"));
        var afterName = stat.LastIndexOf(')');
        return afterName > 0 && afterName + 2 < stat.Length && stat[afterName + 2] == 'Z';
    }

    /// <summary>Last resort: SIGKILL whatever still carries the tag.</summary>
    public static void KillAll(string value)
    {
        foreach (var pid in FindProcesses(value))
            Posix.SignalProcess(pid, Posix.SIGKILL);
    }
}
