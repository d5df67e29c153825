using System.Diagnostics;
using Npgsql;

namespace Platform.Bench.HotDrop;

// pgbench-style: the same conditional UPDATE on one hot row, autocommit, at the same concurrency,
// straight through Npgsql. This is the most any hold path on one ticket type can reach on this server.
public static class RawCeiling
{
    public static async Task<(TimeSpan Elapsed, int Updates)> RunAsync(BenchPlatform platform, int statements, int connections)
    {
        var scratch = "hotdrop_ceiling_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(platform.BookingsDb))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {scratch}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(platform.ScratchDb(scratch)) { MaxPoolSize = connections, Pooling = true }.ConnectionString;
        try
        {
            await using (var setup = new NpgsqlConnection(connectionString))
            {
                await setup.OpenAsync();
                await using var command = new NpgsqlCommand(
                    """
                    CREATE TABLE counter (id int PRIMARY KEY, capacity int NOT NULL, held int NOT NULL, sold int NOT NULL,
                        CHECK (held >= 0), CHECK (sold >= 0), CHECK (held + sold <= capacity));
                    INSERT INTO counter VALUES (1, @capacity, 0, 0);
                    """, setup);
                command.Parameters.AddWithValue("capacity", statements);
                await command.ExecuteNonQueryAsync();
            }

            var updates = 0;
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var update = new NpgsqlCommand("UPDATE counter SET held = held + 1 WHERE id = 1 AND capacity - held - sold >= 1", connection);
                await update.PrepareAsync();
                while (Interlocked.Increment(ref next) < statements)
                {
                    if (await update.ExecuteNonQueryAsync() == 1)
                        Interlocked.Increment(ref updates);
                }
            }));
            return (clock.Elapsed, updates);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(platform.BookingsDb);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
