using System.Diagnostics;
using Npgsql;
using Platform.Foundation.Tests.EndToEnd.Booking;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

[Collection(CrashCollection.Name)]
public sealed class RabbitMqCrashTests(CrashPlatformFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task RabbitMq_killed_mid_flow_restarts_and_every_booking_ends_with_seats_money_and_email_adding_up()
    {
        var platform = await CrashPlatform.OnAsync(fixture.Platform, "Broker Crash Concerts");
        var crowd = await Crowd.SignUpAsync(platform, Crowd.Deal(40, ("tok_success", 6), ("tok_decline", 2), (null, 2)));
        var clock = Stopwatch.StartNew();
        var journeys = crowd.RunAsync(platform.Concert.OccurrenceId, TimeSpan.FromMilliseconds(250), DateTime.UtcNow + TimeSpan.FromMinutes(3));

        // Half have booked and the first are paying: messages between every pair of services are on the way.
        await Eventually.Until(() => Task.FromResult((crowd.Placed, crowd.Confirming)), seen => seen.Placed >= 20 && seen.Confirming >= 3,
            "half the crowd to book and the first to pay", TimeSpan.FromSeconds(60));
        var killedAt = DateTime.UtcNow;
        await platform.Platform.KillAsync("rabbitmq");
        output.WriteLine($"{clock.Elapsed:mm\\:ss} killed RabbitMQ with {crowd.Placed} placed, {crowd.Confirming} confirms started; {await Ledger.ReadAsync(platform)}");

        await platform.Platform.StartAgainAsync("rabbitmq");
        var healthyAt = DateTime.UtcNow;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} RabbitMQ healthy again; messages waiting in outboxes: {await UnpublishedAsync(platform)}");

        await journeys;
        var outage = Outage.Of("RabbitMQ", killedAt, healthyAt, crowd.Calls);
        output.WriteLine($"{clock.Elapsed:mm\\:ss} every buyer answered; {outage}");
        var settled = await CrashAudit.ProveAsync(platform, crowd, TimeSpan.FromSeconds(120));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} invariants held: {settled}");
        // Nothing the services wrote down to send while the broker was gone stayed behind.
        await Eventually.Until(() => UnpublishedAsync(platform), waiting => waiting == 0, "every outbox to be relayed", TimeSpan.FromSeconds(30));
        await fixture.Platform.WaitUntilWholeAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"{clock.Elapsed:mm\\:ss} outboxes empty, every resource healthy");

        Assert.Contains(settled.Bookings, b => b.Status == "Confirmed");
        Assert.True(outage.FirstConfirmAfter is not null, $"no confirm got through after the outage: {outage}");
    }

    static async Task<int> UnpublishedAsync(CrashPlatform platform)
    {
        var waiting = 0;
        foreach (var database in new[] { platform.BookingsDb, platform.PaymentsDb })
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT COUNT(*)::int FROM outbox_messages WHERE published_at IS NULL", connection);
            waiting += (int)(await count.ExecuteScalarAsync())!;
        }
        return waiting;
    }
}
