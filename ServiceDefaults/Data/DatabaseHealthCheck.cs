using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Data;

// Healthy only when migrations are applied and the database answers a query right now.
public sealed class DatabaseHealthCheck<TDbContext>(MigrationStatus<TDbContext> status, TDbContext db) : IHealthCheck
    where TDbContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.Applied)
        {
            return HealthCheckResult.Unhealthy(status.LastError is { } error
                ? $"Migrations not applied yet: {error}"
                : "Migrations not applied yet.");
        }

        // A raw command, not through EF's retrying execution strategy: a probe must answer quickly.
        var connection = db.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("Migrated and answering.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database does not answer: {exception.Message}");
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}
