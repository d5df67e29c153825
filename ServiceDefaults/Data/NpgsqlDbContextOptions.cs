using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Data;

public static class NpgsqlDbContextOptions
{
    // The one place that says how a service talks to its database, shared by the running service
    // and the design-time factories, so generated migrations match what runs.
    public static DbContextOptionsBuilder UsePlatformNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .UseSnakeCaseNamingConvention();
}
