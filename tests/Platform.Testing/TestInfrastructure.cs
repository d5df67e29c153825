using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Platform.Testing;

/// <summary>
/// PostgreSQL, Redis, RabbitMQ (with management) and an SMTP sink, started once per test process as an
/// Aspire app of the AppHost's own server resources on ports Aspire picks, and stopped when the process
/// exits. Tests isolate themselves with fresh databases and virtual hosts.
/// </summary>
public sealed class TestInfrastructure
{
    private static readonly Lazy<Task<TestInfrastructure>> Shared = new(StartAsync);
    private readonly DistributedApplication _app;

    private TestInfrastructure(DistributedApplication app, string dataFolder, IReadOnlyDictionary<string, string> connectionStrings)
    {
        _app = app;
        MaildirPath = Path.Combine(dataFolder, "maildir");
        PostgresConnectionString = new NpgsqlConnectionStringBuilder(connectionStrings["postgres"])
        {
            // Every finished test leaves a connection pool behind; close its idle connections within seconds.
            ConnectionIdleLifetime = 10,
            ConnectionPruningInterval = 2,
        }.ConnectionString;
        RedisConnectionString = connectionStrings["redis"];
        RabbitMqConnectionString = connectionStrings["rabbitmq"];
        SmtpConnectionString = connectionStrings["smtp"];
        RabbitMq = new RabbitMqAdministration(app, "rabbitmq");
    }

    public static Task<TestInfrastructure> GetAsync() => Shared.Value;

    /// <summary>Server level (user postgres, no database).</summary>
    public string PostgresConnectionString { get; }

    public string RedisConnectionString { get; }

    /// <summary>amqp URI of the default virtual host.</summary>
    public string RabbitMqConnectionString { get; }

    public string SmtpConnectionString { get; }

    public string MaildirPath { get; }

    internal RabbitMqAdministration RabbitMq { get; }

    /// <summary>A fresh database named prefix_xxxxxxxx, empty or a copy of <paramref name="template"/>; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, string? template = null)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(PostgresConnectionString + ";Database=postgres");
        await connection.OpenAsync();
        var copyOf = template is null ? "" : $" TEMPLATE \"{template}\"";
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copyOf}", connection))
            await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A fresh virtual host on the shared broker; returns its amqp URI.</summary>
    public Task<string> CreateVirtualHostAsync() => RabbitMq.CreateVirtualHostAsync("test-" + Guid.NewGuid().ToString("N")[..12]);

    private static async Task<TestInfrastructure> StartAsync()
    {
        LeftoverTestFolders.Sweep(Path.GetTempPath());
        var dataFolder = Path.Combine(Path.GetTempPath(), LeftoverTestFolders.Prefix + Guid.NewGuid().ToString("N")[..12]);
        string[] servers = ["postgres", "redis", "rabbitmq", "smtp"];
        var app = await AspireApps.StartAsync(await AppHostForTests.ServersAsync(dataFolder, servers));
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        var connectionStrings = new Dictionary<string, string>();
        foreach (var server in servers)
        {
            await notifications.WaitForResourceHealthyAsync(server).WaitAsync(AspireApps.StartTimeout);
            connectionStrings[server] = await app.GetConnectionStringAsync(server) ?? throw new InvalidOperationException($"{server} has no connection string");
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            app.StopAsync().Wait(TimeSpan.FromSeconds(15));
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return new TestInfrastructure(app, dataFolder, connectionStrings);
    }
}
