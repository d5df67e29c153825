namespace Platform.AppHost.Infrastructure;

/// <summary>
/// The postgres user must be able to traverse every parent of its data folder; a checkout under a
/// root-only folder (/root is mode 700) cannot give that, so the data moves to /var/tmp.
/// </summary>
internal static class PostgresDataFolder
{
    public static string Choose(string dataFolder)
    {
        var preferred = Path.Combine(dataFolder, "postgres");
        if (OperatingSystem.IsWindows() || !Environment.IsPrivilegedProcess || IsTraversableByOthers(dataFolder))
            return preferred;
        var name = new string(dataFolder.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var moved = Path.Combine("/var/tmp", "platform-" + name, "postgres");
        Console.WriteLine($"{dataFolder} is not reachable by the postgres user (a parent folder lacks o+x); PostgreSQL's data goes to {moved}");
        return moved;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsTraversableByOthers(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && (File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0)
                return false;
        }
        return true;
    }
}
