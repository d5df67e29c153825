using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Npgsql;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Platform.Foundation.Tests.PaymentsService;
using Platform.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.Services;

// A real server of the service's own stopped and started again under it (Aspire's stop and start commands):
// readiness says which dependency is gone, liveness does not, requests fail fast and clearly, and the service
// comes back by itself.
public sealed class DependencyOutageTests(ITestOutputHelper output)
{
    // Far above the couple of seconds expected, far below the half minute the old retries took.
    static readonly TimeSpan PromptAnswer = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Database_outage_answers_503_with_retry_after_promptly_and_the_service_resumes_by_itself()
    {
        await using var postgres = await DedicatedServer.PostgresAsync();
        var database = await CreateDatabaseAsync(postgres, "paymentsdb");
        await using var payments = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:paymentsdb"] = database });
        using var customer = payments.ClientFor(Guid.NewGuid());
        var unknownPayment = $"/api/payments/{Guid.NewGuid()}";
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync(unknownPayment)).StatusCode);

        await postgres.StopAsync();

        var clock = Stopwatch.StartNew();
        using var during = await customer.GetAsync(unknownPayment);
        output.WriteLine($"answered {(int)during.StatusCode} in {clock.ElapsedMilliseconds} ms with the database down");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(clock.Elapsed < PromptAnswer, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(during.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a Retry-After in seconds");
        using var problem = JsonDocument.Parse(await during.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
        Assert.Equal("database", problem.RootElement.GetProperty("dependency").GetString());
        Assert.Contains("Try again", problem.RootElement.GetProperty("detail").GetString());
        await AssertNotReadyButAliveAsync(payments.AnonymousClient(), "database");

        await postgres.StartAgainAsync();
        clock.Restart();
        await Eventually.Until(async () => (await customer.GetAsync(unknownPayment)).StatusCode, status => status == HttpStatusCode.NotFound,
            "the service to answer from its database again without a restart", TimeSpan.FromSeconds(30));
        output.WriteLine($"answering again {clock.ElapsedMilliseconds} ms after the database was back");
        await payments.AnonymousClient().WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Broker_outage_makes_the_service_not_ready_naming_rabbitmq_and_ready_again_when_it_is_back()
    {
        await using var rabbitmq = await DedicatedServer.RabbitMqAsync();
        await using var payments = await PaymentsUnderTest.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:rabbitmq"] = rabbitmq.ConnectionString });
        var anonymous = payments.AnonymousClient();

        await rabbitmq.StopAsync();

        await AssertNotReadyButAliveAsync(anonymous, "rabbitmq");
        var (_, report) = await anonymous.GetHealthAsync();
        Assert.Contains("RabbitMQ is not reachable", report.Check("rabbitmq").Description);
        Assert.Equal("Healthy", report.Check("database").Status);

        await rabbitmq.StartAgainAsync();
        await anonymous.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
    }

    // The AppHost creates a service's database on its server; a dedicated server starts with none.
    static async Task<string> CreateDatabaseAsync(DedicatedServer postgres, string name)
    {
        await using (var server = new NpgsqlConnection(postgres.ConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = name }.ConnectionString;
    }

    static async Task AssertNotReadyButAliveAsync(HttpClient client, string dependency)
    {
        var (status, report) = await Eventually.Until(() => client.GetHealthAsync(), seen => seen.Status == HttpStatusCode.ServiceUnavailable,
            $"/health to answer 503 without {dependency}", TimeSpan.FromSeconds(30));
        Assert.Equal("Unhealthy", report.Check(dependency).Status);
        using var alive = await client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
