using Platform.AppHost;

namespace Platform.Testing;

/// <summary>
/// Postgres, Redis, RabbitMQ (with management) and an SMTP sink, started once per test process on
/// free ports through the AppHost model and stopped when the process exits. Tests isolate themselves
/// with fresh databases and virtual hosts.
/// </summary>
public sealed class TestInfrastructure
{
    private static readonly Lazy<Task<TestInfrastructure>> Shared = new(StartAsync);
    private readonly PlatformApp _app;

    private TestInfrastructure(PlatformApp app) => _app = app;

    public static Task<TestInfrastructure> GetAsync() => Shared.Value;

    private PostgresServerResource Postgres => _app.Get<PostgresServerResource>("postgres");

    private RabbitMqResource RabbitMq => _app.Get<RabbitMqResource>("rabbitmq");

    /// <summary>Server level (database postgres, user postgres).</summary>
    public string PostgresConnectionString => new Npgsql.NpgsqlConnectionStringBuilder(Postgres.ConnectionString)
    {
        // Every finished test leaves a connection pool behind; close its idle connections within seconds.
        ConnectionIdleLifetime = 10,
        ConnectionPruningInterval = 2,
    }.ConnectionString;

    public string RedisConnectionString => _app.Get<RedisResource>("redis").ConnectionString;

    /// <summary>amqp URI of the default virtual host.</summary>
    public string RabbitMqConnectionString => RabbitMq.ConnectionString;

    public string SmtpConnectionString => _app.Get<SmtpResource>("smtp").ConnectionString;

    public string MaildirPath => _app.Get<SmtpResource>("smtp").MaildirPath!;

    /// <summary>The run tag of the shared infrastructure's processes (see <see cref="RunTag"/>).</summary>
    public string RunTag => _app.RunTag;

    /// <summary>A fresh empty database named prefix_xxxxxxxx; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await PostgresDatabaseResource.CreateIfMissingAsync(PostgresConnectionString, name, CancellationToken.None);
        return new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A fresh virtual host on the shared broker; returns its amqp URI.</summary>
    public Task<string> CreateVirtualHostAsync() => RabbitMq.CreateVirtualHostAsync("test-" + Guid.NewGuid().ToString("N")[..12]);

    private static async Task<TestInfrastructure> StartAsync()
    {
        var options = PlatformOptions.ForTests() with { IncludeProjects = false };
        var app = await PlatformModel.Create(options).StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.KillNow();
        return new TestInfrastructure(app);
    }
}
