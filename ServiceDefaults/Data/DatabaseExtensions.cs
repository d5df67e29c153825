using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Health;

namespace Microsoft.Extensions.Hosting;

public static class DatabaseExtensions
{
    public const string HealthCheckName = "database";

    // The service's own Postgres database from ConnectionStrings:<connectionName>, migrated at start
    // and reported healthy only once migrated and answering; the pool stays within the service's budget.
    public static IHostApplicationBuilder AddPlatformDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName, ConnectionBudget budget)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not set: give the Npgsql connection string of the '{connectionName}' database " +
                $"(environment variable ConnectionStrings__{connectionName}).");
        }

        // Aspire's client integration: pooled contexts, traces and metrics. The health check is ours, because
        // "ready" also means "migrated", and so are the retries, which must give up quickly.
        builder.AddNpgsqlDbContext<TDbContext>(connectionName,
            settings =>
            {
                settings.ConnectionString = budget.Apply(connectionString);
                settings.DisableHealthChecks = true;
                settings.DisableRetry = true;
            },
            options => options.UseNpgsql(npgsql => npgsql.WithPlatformRetries()).UseSnakeCaseNamingConvention());
        builder.Services.AddSingleton<MigrationStatus<TDbContext>>();
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDbContext>>(
            HealthCheckName, tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}
