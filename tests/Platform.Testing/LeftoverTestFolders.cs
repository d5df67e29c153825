namespace Platform.Testing;

/// <summary>
/// A test process that is killed, or torn down before its exit handler is done, leaves its servers' data
/// behind: gigabytes per full run, until the disk fills and RabbitMQ's disk alarm stops every publish.
/// So each run first removes the folders of earlier runs whose PostgreSQL no longer runs.
/// </summary>
public static class LeftoverTestFolders
{
    public const string Prefix = "platform-test-";

    // A run that is starting now may not have started its PostgreSQL yet.
    public static readonly TimeSpan StartingGrace = TimeSpan.FromMinutes(10);

    public static void Sweep(string parent)
    {
        // Whether a server still runs is read from /proc.
        if (!OperatingSystem.IsLinux())
            return;
        foreach (var folder in Directory.EnumerateDirectories(parent, Prefix + "*"))
        {
            if (InUse(folder))
                continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool InUse(string folder)
    {
        try
        {
            var pidFile = Path.Combine(folder, "postgres", "postmaster.pid");
            if (File.Exists(pidFile))
                return !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) || Directory.Exists($"/proc/{pid}");
            return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) < StartingGrace;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
