using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.ServiceDefaults.Data;

// Applies pending migrations at start, retrying until the database answers. Instances starting together
// take turns through a Postgres advisory lock, so only one migrates and the others find it done.
public sealed class DatabaseMigrator<TDbContext>(
    IServiceScopeFactory scopes,
    MigrationStatus<TDbContext> status,
    ILogger<DatabaseMigrator<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await MigrateUnderLockAsync(stoppingToken);
                status.MarkApplied();
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                status.MarkFailed(exception.Message);
                logger.LogWarning("Migrating {DbContext} failed, retrying in {Delay}: {Reason}",
                    typeof(TDbContext).Name, delay, exception.Message);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private async Task MigrateUnderLockAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();

        // A session-level lock lives as long as this connection, so it is released even if we crash.
        await using var lockConnection = new NpgsqlConnection(db.Database.GetConnectionString());
        await lockConnection.OpenAsync(cancellationToken);
        await using (var acquire = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            acquire.Parameters.AddWithValue("key", MigrationLockKey.For(lockConnection.Database));
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to {DbContext}: {Migrations}",
                pending.Count, typeof(TDbContext).Name, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }
        logger.LogInformation("{DbContext} database is up to date", typeof(TDbContext).Name);
    }
}
