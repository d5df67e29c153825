using Npgsql;

namespace Platform.AppHost;

public sealed class PostgresServerResource(string name, int requestedPort, string? externalConnectionString)
    : ServerResource(name, "postgres", externalConnectionString)
{
    private int _port;

    public override string ConnectionString => ExternalConnectionString
        ?? $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres";

    public override string Display => Redact(ConnectionString);

    protected override string InstallHint => "install it: apt-get install -y postgresql, or give ConnectionStrings:postgres";

    internal static string Redact(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Password is not null)
            builder.Password = "***";
        return builder.ConnectionString;
    }

    internal override async Task StartAsync(RunContext context, CancellationToken ct)
    {
        if (IsExternal)
            return;
        if (_port == 0)
            _port = FreePort.Resolve(requestedPort, "postgres", "--postgres-port");
        var bin = PostgresBinaries.FindBinDirectory();
        var data = PostgresDataFolder.Choose(context);
        Directory.CreateDirectory(data);
        var asPostgres = Posix.IsRoot
            ? new[] { "--reuid", "postgres", "--regid", "postgres", "--init-groups" }
            : [];
        if (Posix.IsRoot && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var chown = await ToolRun.RunAsync("chown", ["-R", "postgres:postgres", data], null, TimeSpan.FromSeconds(30), ct);
            if (chown.ExitCode != 0)
                throw new PrerequisiteException($"Cannot give {data} to the postgres user: {chown.Output.Trim()}");
        }

        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            var initdb = Path.Combine(bin, "initdb");
            string[] initArgs = ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"];
            var outcome = Posix.IsRoot
                ? await ToolRun.RunAsync("setpriv", [.. asPostgres, initdb, .. initArgs], null, TimeSpan.FromMinutes(2), ct)
                : await ToolRun.RunAsync(initdb, initArgs, null, TimeSpan.FromMinutes(2), ct);
            Log.Write(outcome.Output);
            if (outcome.ExitCode != 0)
                throw new InvalidOperationException($"initdb failed for {data}:\n{outcome.Output}");
        }

        List<string> serverArgs =
        [
            "-D", data, "-p", _port.ToString(), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            // A throw-away test server hosts hundreds of databases, each with its services' connection pools.
            "-c", $"max_connections={(context.Options.Durable ? 300 : 1000)}",
        ];
        if (!context.Options.Durable)
            serverArgs.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        var postgres = Path.Combine(bin, "postgres");
        if (Posix.IsRoot)
            StartProcess(context, "setpriv", [.. asPostgres, postgres, .. serverArgs]);
        else
            StartProcess(context, postgres, serverArgs);
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 3 };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, data is flushed.
    internal override Task StopAsync(RunContext context) => StopProcessAsync(Posix.SIGINT, context.Options.StopTimeout);
}
