using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Platform.Bench.HotDrop;

// The raw single-row ceiling: pgbench (shipped with PostgreSQL) running the hold's conditional UPDATE on one
// row of a scratch database on the same server, autocommit, prepared, at the given concurrency. This is the
// most any hold path on one ticket type could reach on this server if it used one counter row.
public static partial class PgbenchCeiling
{
    const string Script = "UPDATE counter SET held = held + 1 WHERE id = 1 AND capacity - held - sold >= 1;\n";

    public static async Task<double> MeasureAsync(BenchPlatform platform, int connections, int seconds)
    {
        var scratch = "hotdrop_ceiling_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(platform.BookingsDb, $"CREATE DATABASE {scratch}");
        var scriptFile = Path.GetTempFileName();
        try
        {
            // The guard never fails here (capacity far above what a run can hold): every statement is one hold.
            await ExecuteAsync(platform.ScratchDb(scratch),
                """
                CREATE TABLE counter (id int PRIMARY KEY, capacity int NOT NULL, held int NOT NULL, sold int NOT NULL,
                    CHECK (held >= 0), CHECK (sold >= 0), CHECK (held + sold <= capacity));
                INSERT INTO counter VALUES (1, 2000000000, 0, 0);
                """);
            await File.WriteAllTextAsync(scriptFile, Script);
            var output = await RunPgbenchAsync(new NpgsqlConnectionStringBuilder(platform.ScratchDb(scratch)), scriptFile, connections, seconds);
            var tps = TpsLine().Match(output);
            return tps.Success
                ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"pgbench printed no tps line:\n{output}");
        }
        finally
        {
            File.Delete(scriptFile);
            await ExecuteAsync(platform.BookingsDb, $"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)");
        }
    }

    static async Task<string> RunPgbenchAsync(NpgsqlConnectionStringBuilder database, string scriptFile, int connections, int seconds)
    {
        var start = new ProcessStartInfo(PgbenchPath(),
        [
            "-h", database.Host!, "-p", database.Port.ToString(CultureInfo.InvariantCulture), "-U", database.Username ?? "postgres",
            "-n", "-M", "prepared", "-c", connections.ToString(CultureInfo.InvariantCulture), "-j", "2",
            "-T", seconds.ToString(CultureInfo.InvariantCulture), "-f", scriptFile, database.Database!,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!string.IsNullOrEmpty(database.Password))
            start.Environment["PGPASSWORD"] = database.Password;
        using var pgbench = Process.Start(start) ?? throw new InvalidOperationException("could not start pgbench");
        var output = pgbench.StandardOutput.ReadToEndAsync();
        var errors = pgbench.StandardError.ReadToEndAsync();
        await pgbench.WaitForExitAsync();
        return pgbench.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"pgbench -c {connections} failed ({pgbench.ExitCode}): {await errors}{await output}");
    }

    // pgbench ships with PostgreSQL: the newest server's bin folder, else whatever is on PATH.
    static string PgbenchPath()
    {
        const string root = "/usr/lib/postgresql";
        var installed = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Select(d => Path.Combine(d, "bin", "pgbench")).Where(File.Exists)
                .OrderByDescending(p => double.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), CultureInfo.InvariantCulture, out var v) ? v : -1)
                .FirstOrDefault()
            : null;
        return installed ?? "pgbench";
    }

    static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();
}
