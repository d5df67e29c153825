using System.Diagnostics;

namespace Platform.AppHost.Infrastructure;

/// <summary>
/// Debian's PostgreSQL (newest version under /usr/lib/postgresql). It refuses to run as root, so as root
/// it runs as the postgres user through setpriv, which execs it: the process Aspire watches is the server.
/// </summary>
internal static class PostgresBinaries
{
    private const string Root = "/usr/lib/postgresql";

    public static string Command => Environment.IsPrivilegedProcess ? "setpriv" : Path.Combine(BinDirectory, "postgres");

    private static string BinDirectory => Directory.Exists(Root)
        ? Directory.EnumerateDirectories(Root)
            .Where(d => File.Exists(Path.Combine(d, "bin", "postgres")))
            .OrderByDescending(d => double.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1)
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault() ?? Missing()
        : Missing();

    private static string Missing() => throw new DistributedApplicationException(
        $"PostgreSQL is not installed (nothing under {Root}/<version>/bin): apt-get install -y postgresql, or give ConnectionStrings__postgres.");

    private static string[] AsPostgresUser => Environment.IsPrivilegedProcess
        ? ["--reuid", "postgres", "--regid", "postgres", "--init-groups"]
        : [];

    public static IEnumerable<object> ServerArguments(string dataFolder, bool durable, EndpointReferenceExpression port)
    {
        object[] server =
        [
            "-D", dataFolder, "-p", port, "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            // A throw-away test server hosts hundreds of databases, each with its services' connection pools.
            "-c", $"max_connections={(durable ? 300 : 1000)}",
        ];
        var unsafeButFast = durable ? [] : new object[] { "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off" };
        return Environment.IsPrivilegedProcess
            ? [.. AsPostgresUser, Path.Combine(BinDirectory, "postgres"), .. server, .. unsafeButFast]
            : [.. server, .. unsafeButFast];
    }

    /// <summary>initdb on first start; as root, the folder is given to the postgres user first.</summary>
    public static async Task InitializeAsync(string dataFolder, CancellationToken ct)
    {
        Directory.CreateDirectory(dataFolder);
        if (Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            await RunAsync("chown", ["-R", "postgres:postgres", dataFolder], ct);
        }
        if (File.Exists(Path.Combine(dataFolder, "PG_VERSION")))
            return;
        string[] initdb = [Path.Combine(BinDirectory, "initdb"), "-D", dataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"];
        if (Environment.IsPrivilegedProcess)
            await RunAsync("setpriv", [.. AsPostgresUser, .. initdb], ct);
        else
            await RunAsync(initdb[0], initdb[1..], ct);
    }

    private static async Task RunAsync(string command, string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(command, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new DistributedApplicationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new DistributedApplicationException($"{Path.GetFileName(command)} {string.Join(' ', args)} failed: {await output}{await errors}");
    }
}
