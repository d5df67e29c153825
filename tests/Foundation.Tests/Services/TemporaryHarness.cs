// TEMPORARY stand-in for Platform.Testing's ServiceFactory until the harness lands; deleted at merge.
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Platform.Testing;

public sealed class TestInfrastructure
{
    private static readonly string Postgres = Environment.GetEnvironmentVariable("SVC_PG")!;
    public string RedisConnectionString { get; } = Environment.GetEnvironmentVariable("SVC_REDIS")!;
    public string RabbitMqConnectionString { get; } = Environment.GetEnvironmentVariable("SVC_RABBIT")!;

    public static Task<TestInfrastructure> GetAsync() => Task.FromResult(new TestInfrastructure());

    public async Task<string> CreateDatabaseAsync(string name)
    {
        var db = $"{name}_{Guid.NewGuid():N}"[..30];
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{db}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Postgres) { Database = db }.ConnectionString;
    }
}

public sealed class ServiceFactory<TEntryPoint>(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public static async Task<ServiceFactory<TEntryPoint>> CreateAsync(string databaseName, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var infra = await TestInfrastructure.GetAsync();
        var all = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{databaseName}"] = await infra.CreateDatabaseAsync(databaseName),
            ["ConnectionStrings:redis"] = infra.RedisConnectionString,
            ["ConnectionStrings:rabbitmq"] = infra.RabbitMqConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return new ServiceFactory<TEntryPoint>(all);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
