using System.Diagnostics;
using Npgsql;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

[Collection(CrashCollection.Name)]
public sealed class PostgresCrashTests(CrashPlatformFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Postgres_killed_mid_flow_restarts_and_every_booking_ends_with_seats_money_and_email_adding_up()
    {
        var platform = await CrashPlatform.OnAsync(fixture.Platform, "Database Crash Concerts");
        var crowd = await Crowd.SignUpAsync(platform, Crowd.Deal(40, ("tok_success", 6), ("tok_decline", 2), (null, 2)));
        var clock = Stopwatch.StartNew();
        var journeys = crowd.RunAsync(platform.Concert.OccurrenceId, TimeSpan.FromMilliseconds(250), DateTime.UtcNow + TimeSpan.FromMinutes(3));

        // Half have booked and the first are paying: every service has work in flight when its database dies.
        await Eventually.Until(() => Task.FromResult((crowd.Placed, crowd.Confirming)), seen => seen.Placed >= 20 && seen.Confirming >= 3,
            "half the crowd to book and the first to pay", TimeSpan.FromSeconds(60));
        var atKill = await Ledger.ReadAsync(platform);
        var killedAt = DateTime.UtcNow;
        await platform.Platform.KillAsync("postgres");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} killed PostgreSQL with {crowd.Placed} placed, {crowd.Confirming} confirms started; {atKill}");

        await platform.Platform.StartAgainAsync("postgres");
        var healthyAt = DateTime.UtcNow;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} PostgreSQL healthy again");
        // The ledger's own pooled connections died with the server.
        NpgsqlConnection.ClearAllPools();

        await journeys;
        var outage = Outage.Of("PostgreSQL", killedAt, healthyAt, crowd.Calls);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every buyer answered; {outage}");
        var settled = await CrashAudit.ProveAsync(platform, crowd, TimeSpan.FromSeconds(120));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} invariants held: {settled}");
        await fixture.Platform.WaitUntilWholeAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every resource healthy");

        Assert.Contains(settled.Bookings, b => b.Status == "Confirmed");
        Assert.True(outage.FirstConfirmAfter is not null, $"no confirm got through after the outage: {outage}");
    }
}
