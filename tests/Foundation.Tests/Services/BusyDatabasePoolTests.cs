using System.Net;
using System.Text.Json;
using Npgsql;
using Platform.Foundation.Tests.PaymentsService;
using Xunit;
using Xunit.Abstractions;
using static Platform.Foundation.Tests.Services.PoolTakeover;

namespace Platform.Foundation.Tests.Services;

// Npgsql's pools belong to the process, and other tests clear them all when they end: a test about whether a
// service clears them runs alone.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWidePoolsCollection
{
    public const string Name = "Npgsql pools of the whole test process";
}

// A request whose turn for a connection never comes says the database is busy, and leaves the pool's live
// connections alone: dropping them would make every waiting request of a hot drop open a new one.
[Collection(ProcessWidePoolsCollection.Name)]
public sealed class BusyDatabasePoolTests(ITestOutputHelper output)
{
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
