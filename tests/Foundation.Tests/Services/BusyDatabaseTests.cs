using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Payments.Service.Infrastructure;
using Platform.Foundation.Tests.PaymentsService;
using Platform.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.Services;

// A database that is up but has no connection free (a hot drop queues more requests than the pool holds) is
// not an outage: a request waits its turn, and if the turn never comes it says the database is busy and
// leaves the pool's live connections alone. The test takes the service's whole pool by opening connections
// with the service's own connection string, which Npgsql pools together in this process.
public sealed class BusyDatabaseTests(ITestOutputHelper output)
{
    const int PoolSize = 2;

    // Longer than a request used to wait in the middle of a drop before answering 503: three tries (EF's two
    // retries) of three seconds each.
    static readonly TimeSpan Storm = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task A_request_that_finds_every_pooled_connection_taken_waits_its_turn_and_is_served()
    {
        await using var payments = await StartWithSmallPoolAsync(timeout: null);
        using var customer = payments.ClientFor(Guid.NewGuid());
        var unknownPayment = $"/api/payments/{Guid.NewGuid()}";
        var pool = await TakeWholePoolAsync(payments);

        var clock = Stopwatch.StartNew();
        var answer = customer.GetAsync(unknownPayment);
        if (await Task.WhenAny(answer, Task.Delay(Storm)) == answer)
            Assert.Fail($"answered {(int)(await answer).StatusCode} after {clock.ElapsedMilliseconds} ms while no connection was free");
        await ReleaseAsync(pool);

        using var response = await answer;
        output.WriteLine($"answered {(int)response.StatusCode} after {clock.ElapsedMilliseconds} ms, the pool taken for {Storm.TotalSeconds} s");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_request_whose_turn_does_not_come_answers_503_busy_and_the_pooled_connections_live_on()
    {
        await using var payments = await StartWithSmallPoolAsync(timeout: TimeSpan.FromSeconds(1));
        using var customer = payments.ClientFor(Guid.NewGuid());
        var unknownPayment = $"/api/payments/{Guid.NewGuid()}";
        var pool = await TakeWholePoolAsync(payments);
        var backends = pool.Select(connection => connection.ProcessID).ToList();

        using (var during = await customer.GetAsync(unknownPayment))
        {
            var body = await during.Content.ReadAsStringAsync();
            output.WriteLine($"with the pool taken: {(int)during.StatusCode} {body}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.True(during.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a Retry-After in seconds");
            using var problem = JsonDocument.Parse(body);
            Assert.Equal("database", problem.RootElement.GetProperty("dependency").GetString());
            Assert.StartsWith("Its database is too busy to answer right now", problem.RootElement.GetProperty("detail").GetString());
        }
        await ReleaseAsync(pool);

        using var after = await customer.GetAsync(unknownPayment);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(backends.Order(), (await LiveBackendsAsync(payments, backends)).Order());
    }

    static async Task<PaymentsUnderTest> StartWithSmallPoolAsync(TimeSpan? timeout)
    {
        var infra = await TestInfrastructure.GetAsync();
        var database = new NpgsqlConnectionStringBuilder(await infra.CreateDatabaseAsync("paymentsdb"))
        {
            MaxPoolSize = PoolSize,
        };
        if (timeout is { } seconds)
            database.Timeout = (int)seconds.TotalSeconds;
        return await PaymentsUnderTest.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:paymentsdb"] = database.ConnectionString });
    }

    static async Task<List<NpgsqlConnection>> TakeWholePoolAsync(PaymentsUnderTest payments)
    {
        using var scope = payments.Factory.Services.CreateScope();
        var servicePool = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().Database.GetConnectionString();
        var taken = new List<NpgsqlConnection>();
        for (var i = 0; i < PoolSize; i++)
        {
            var connection = new NpgsqlConnection(servicePool);
            await connection.OpenAsync();
            taken.Add(connection);
        }
        return taken;
    }

    static async Task ReleaseAsync(List<NpgsqlConnection> pool)
    {
        foreach (var connection in pool)
            await connection.DisposeAsync();
    }

    // Which of these server processes still serve a connection, asked outside the service's pool.
    static async Task<List<int>> LiveBackendsAsync(PaymentsUnderTest payments, List<int> backends)
    {
        var outside = new NpgsqlConnectionStringBuilder(payments.Factory.DatabaseConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(outside.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE pid = ANY(@pids)", connection);
        query.Parameters.AddWithValue("pids", backends.ToArray());
        var live = new List<int>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            live.Add(reader.GetInt32(0));
        return live;
    }
}
