using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Services;

public sealed class ServiceStartupTests
{
    [Theory]
    [MemberData(nameof(ServiceCatalog.Names), MemberType = typeof(ServiceCatalog))]
    public Task Service_starts_migrates_and_reports_database_redis_and_rabbitmq_healthy(string service) =>
        ServiceCatalog.RunAsync(service, new StartsHealthy());

    private sealed class StartsHealthy : IServiceScenario
    {
        public async Task RunAsync<TEntryPoint>(string databaseName) where TEntryPoint : class
        {
            await using var factory = await ServiceFactory<TEntryPoint>.CreateAsync(databaseName, migrated: false);
            var client = factory.CreateClient();

            var report = await client.WaitUntilHealthyAsync();
            Assert.Equal("Healthy", report.Status);
            foreach (var check in new[] { "database", "redis", "rabbitmq" })
            {
                Assert.Equal("Healthy", report.Check(check).Status);
            }

            var connectionString = factory.Services.GetRequiredService<IConfiguration>().GetConnectionString(databaseName)!;
            var tables = await TablesAsync(connectionString);
            Assert.Contains("inbox_messages", tables);
            Assert.Contains("outbox_messages", tables);
            Assert.All(tables, table => Assert.Matches("^[a-z0-9_]+$", table));

            using var alive = await client.GetAsync("/alive");
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);

            using var openApi = await client.GetAsync("/openapi/v1.json");
            Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
            using var document = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync());
            Assert.Equal($"Ticketing platform: {typeof(TEntryPoint).Assembly.GetName().Name!.Replace(".Service", "")} service",
                document.RootElement.GetProperty("info").GetProperty("title").GetString());
        }

        private static async Task<List<string>> TablesAsync(string connectionString)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name",
                connection);
            var tables = new List<string>();
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            return tables;
        }
    }
}
