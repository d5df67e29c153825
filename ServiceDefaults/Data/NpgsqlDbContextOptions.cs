using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Platform.ServiceDefaults.Data;

public static class NpgsqlDbContextOptions
{
    // Two quick retries ride out a dropped connection; EF's default (six, up to 30 s apart) kept a request
    // hanging for half a minute while the database was down, where the caller wants a prompt 503.
    public const int MaxRetryCount = 2;
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMilliseconds(200);

    // The one place that says how a service talks to its database, shared by the running service
    // and the design-time factories, so generated migrations match what runs.
    public static DbContextOptionsBuilder UsePlatformNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.WithPlatformRetries())
            .UseSnakeCaseNamingConvention();

    public static NpgsqlDbContextOptionsBuilder WithPlatformRetries(this NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.EnableRetryOnFailure(MaxRetryCount, MaxRetryDelay, errorCodesToAdd: null);
}
