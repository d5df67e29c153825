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
        // Confirms do not need the broker (they may all be answered during the outage); what does is every message
        // written while it was gone, so the proof of recovery is the outboxes drained and the bookings settled.
        var (platform, _) = await ServerCrash.RunAsync(fixture, "Broker Crash Concerts", "rabbitmq", "RabbitMQ", output,
            async crashed => $"messages waiting in outboxes: {await UnpublishedAsync(crashed)}");

        // Nothing the services wrote down to send while the broker was gone stayed behind.
        await Eventually.Until(() => UnpublishedAsync(platform), waiting => waiting == 0, "every outbox to be relayed", TimeSpan.FromSeconds(30));
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
