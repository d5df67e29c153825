using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.Testing;

/// <summary>
/// Each service's migrations run once per test run, into a template database; a service under test then
/// gets a copy of it (CREATE DATABASE … TEMPLATE …) instead of running every migration again.
/// </summary>
internal static class MigratedTemplates
{
    private static readonly ConcurrentDictionary<Type, Lazy<Task<string>>> Templates = new();

    /// <summary>A fresh database, already migrated for <paramref name="dbContext"/>; returns its connection string.</summary>
    public static async Task<string> CopyAsync(TestInfrastructure infra, Type dbContext, string prefix)
    {
        var template = await Templates.GetOrAdd(dbContext, type => new Lazy<Task<string>>(() => MigrateAsync(infra, type))).Value;
        return await infra.CreateDatabaseAsync(prefix, template);
    }

    private static async Task<string> MigrateAsync(TestInfrastructure infra, Type dbContext)
    {
        // Unpooled: a copy is refused while any session is connected to its template.
        var connectionString = new NpgsqlConnectionStringBuilder(await infra.CreateDatabaseAsync("template"))
        {
            Pooling = false,
        };
        // The services' options as ServiceDefaults gives them (Npgsql, snake case); the model is the context's own.
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(dbContext))!;
        options.UseNpgsql(connectionString.ConnectionString).UseSnakeCaseNamingConvention();
        await using (var db = (DbContext)Activator.CreateInstance(dbContext, options.Options)!)
            await db.Database.MigrateAsync();
        return connectionString.Database!;
    }
}
