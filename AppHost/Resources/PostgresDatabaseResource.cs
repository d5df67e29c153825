using Npgsql;

namespace Platform.AppHost;

/// <summary>A database on a postgres server (local or external), created if missing.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : Resource(name, "database"), IResourceWithConnectionString
{
    public string DatabaseName => databaseName;

    public PostgresServerResource Server => server;

    public string ConnectionString =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = databaseName }.ConnectionString;

    public override string Display => PostgresServerResource.Redact(ConnectionString);

    internal override async Task StartAsync(RunContext context, CancellationToken ct) =>
        await CreateIfMissingAsync(server.ConnectionString, databaseName, ct);

    public static async Task CreateIfMissingAsync(string serverConnectionString, string databaseName, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", databaseName);
            if (await exists.ExecuteScalarAsync(ct) is not null)
                return;
        }
        try
        {
            var quoted = "\"" + databaseName.Replace("\"", "\"\"") + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another starter created it at the same moment: the database exists, which is all we want.
        }
    }

    internal override async Task<bool> IsHealthyAsync(CancellationToken ct)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 3 };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    internal override Task StopAsync(RunContext context) => Task.CompletedTask;
}
