using System.Net.Sockets;
using Npgsql;
using Platform.AppHost;
using Xunit;

namespace Platform.Foundation.Tests.AppHost;

[Collection(AppHostProcessesCollection.Name)]
public sealed class InfrastructureLifecycleTests
{
    [Fact]
    public async Task Infrastructure_starts_answers_and_stops_leaving_no_process()
    {
        var options = PlatformOptions.ForTests() with { IncludeProjects = false };
        var app = await PlatformModel.Create(options).StartAsync();
        string runTag = app.RunTag;
        try
        {
            Assert.All(app.Resources, r => Assert.Equal(ResourceState.Running, r.State));
            Assert.NotEmpty(RunTag.FindProcesses(runTag));

            await using (var connection = new NpgsqlConnection(app.Get<PostgresDatabaseResource>("bookingsdb").ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT current_database()", connection);
                Assert.Equal("bookingsdb", await command.ExecuteScalarAsync());
            }

            var redis = app.Get<RedisResource>("redis").ConnectionString.Split(':');
            Assert.Equal("+PONG", await AskAsync(redis[0], int.Parse(redis[1]), "PING\r\n"));

            var amqp = new Uri(app.Get<RabbitMqResource>("rabbitmq").ConnectionString);
            Assert.StartsWith("AMQP", await AskAsync(amqp.Host, amqp.Port, "HELLO\r\n\r\n"));

            var smtp = new Uri(app.Get<SmtpResource>("smtp").ConnectionString);
            Assert.StartsWith("220", await AskAsync(smtp.Host, smtp.Port, null));
        }
        finally
        {
            await app.DisposeAsync();
        }

        Assert.Empty(RunTag.FindProcesses(runTag));
        Assert.False(Directory.Exists(options.DataPath), "the test data folder is deleted");
    }

    [Fact]
    public async Task External_redis_is_used_instead_of_starting_one()
    {
        var shared = await Platform.Testing.TestInfrastructure.GetAsync();
        var options = PlatformOptions.ForTests() with
        {
            IncludeProjects = false,
            Include = ["redis"],
            ExternalConnectionStrings = new Dictionary<string, string> { ["redis"] = shared.RedisConnectionString },
        };
        await using var app = await PlatformModel.Create(options).StartAsync();

        var redis = app.Get<RedisResource>("redis");
        Assert.True(redis.IsExternal);
        Assert.Equal(ResourceState.Running, redis.State);
        Assert.Equal(shared.RedisConnectionString, redis.ConnectionString);
        Assert.Empty(RunTag.FindProcesses(app.RunTag));
    }

    [Fact]
    public async Task Fixed_port_already_taken_fails_naming_the_port_and_the_option()
    {
        using var squatter = new TcpListener(System.Net.IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((System.Net.IPEndPoint)squatter.LocalEndpoint).Port;
        var options = PlatformOptions.ForTests() with { IncludeProjects = false, Include = ["redis"], RedisPort = port };

        var error = await Assert.ThrowsAsync<PrerequisiteException>(() => PlatformModel.Create(options).StartAsync());

        Assert.Contains($"Port {port}", error.Message);
        Assert.Contains("--redis-port", error.Message);
    }

    private static async Task<string?> AskAsync(string host, int port, string? command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port);
        var stream = client.GetStream();
        if (command is not null)
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(command));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return System.Text.Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
    }
}
