using Xunit;
using Npgsql;
using Platform.Testing;

namespace Platform.Foundation.Tests.AppHost;

public sealed class TestInfrastructureTests
{
    [Fact]
    public async Task Shared_infrastructure_gives_fresh_databases_and_virtual_hosts()
    {
        var infra = await TestInfrastructure.GetAsync();

        var first = await infra.CreateDatabaseAsync("harness");
        var second = await infra.CreateDatabaseAsync("harness");
        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);
        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }

        var vhost = await infra.CreateVirtualHostAsync();
        Assert.StartsWith("amqp://", vhost);
        Assert.NotEqual(new Uri(infra.RabbitMqConnectionString).AbsolutePath, new Uri(vhost).AbsolutePath);
        Assert.True(Directory.Exists(infra.MaildirPath));
        Assert.StartsWith("smtp://127.0.0.1:", infra.SmtpConnectionString);
    }
}
