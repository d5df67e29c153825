using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

[Collection(CrashCollection.Name)]
public sealed class PostgresCrashTests(CrashPlatformFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Postgres_killed_mid_flow_restarts_and_every_booking_ends_with_seats_money_and_email_adding_up()
    {
        var (_, outage) = await ServerCrash.RunAsync(fixture, "Database Crash Concerts", "postgres", "PostgreSQL", output, _ =>
        {
            // The ledger's own pooled connections died with the server.
            NpgsqlConnection.ClearAllPools();
            return Task.FromResult("the test's pooled connections dropped");
        });

        // A confirm needs the database: the buyers cut off by the outage paid once it was back, without a restart of anything.
        Assert.True(outage.FirstConfirmAfter is not null, $"no confirm got through after the outage: {outage}");
    }
}
