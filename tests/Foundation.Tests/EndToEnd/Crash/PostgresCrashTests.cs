using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

[Collection(CrashCollection.Name)]
public sealed class PostgresCrashTests(CrashPlatformFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public Task Postgres_killed_mid_flow_restarts_and_every_booking_ends_with_seats_money_and_email_adding_up() =>
        ServerCrash.RunAsync(fixture, "Database Crash Concerts", "postgres", "PostgreSQL", output, _ =>
        {
            // The ledger's own pooled connections died with the server.
            NpgsqlConnection.ClearAllPools();
            return Task.FromResult("the test's pooled connections dropped");
        });
}
