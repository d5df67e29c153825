namespace Platform.AppHost;

/// <summary>
/// PostgreSQL refuses to run as root, and the postgres user must be able to traverse every parent
/// of its data folder; a checkout under a root-only folder cannot give that, so the data moves.
/// </summary>
internal static class PostgresDataFolder
{
    public static string Choose(RunContext context)
    {
        var preferred = Path.Combine(context.DataPath, "postgres");
        if (OperatingSystem.IsWindows() || !Posix.IsRoot || IsTraversableByOthers(context.DataPath))
            return preferred;
        var name = new string(context.DataPath.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var moved = Path.Combine("/var/tmp", "platform-" + name, "postgres");
        context.Say($"[apphost] {context.DataPath} is not reachable by the postgres user (a parent folder lacks o+x); postgres data goes to {moved}");
        return moved;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsTraversableByOthers(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            if (!dir.Exists)
                continue;
            if ((File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0)
                return false;
        }
        return true;
    }
}
