using MassTransit;
using Npgsql;
using Platform.Contracts.Events;

namespace Platform.Bench.HotDrop;

// Puts one occurrence with one ticket type of N seats on sale the way Events does: an EventPublished message.
public static class SaleSeeder
{
    public static async Task<(Guid OccurrenceId, Guid TicketTypeId)> SeedAsync(BenchPlatform platform, int seats)
    {
        var eventId = Guid.CreateVersion7();
        var occurrenceId = Guid.CreateVersion7();
        var ticketTypeId = Guid.CreateVersion7();
        var startsAt = DateTimeOffset.UtcNow.AddDays(30);
        var snapshot = new EventSnapshot(
            eventId, Guid.CreateVersion7(), 1, "Published", "Hot Drop Live", "Music", "Arena", "1 Arena Way", "Leeds", "GB",
            "Europe/London", HoldMinutes: 10, CancellationDeadlineHours: 24, new AttendanceRules(false, false),
            [new OccurrenceSnapshot(occurrenceId, startsAt, startsAt.AddHours(3), "Scheduled")],
            [new TicketTypeSnapshot(ticketTypeId, "Standing", 45.00m, "EUR", seats, new Dictionary<Guid, int>(), null, null, 1, 10, null)]);

        var broker = new Uri(platform.RabbitMq);
        var credentials = broker.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(broker.AbsolutePath.Trim('/')) is { Length: > 0 } path ? path : "/";
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, (ushort)broker.Port, virtualHost, host =>
        {
            host.Username(Uri.UnescapeDataString(credentials[0]));
            host.Password(Uri.UnescapeDataString(credentials.ElementAtOrDefault(1) ?? ""));
        }));
        await bus.StartAsync();
        try
        {
            await bus.Publish(new EventPublished(snapshot, DateTimeOffset.UtcNow));
        }
        finally
        {
            await bus.StopAsync();
        }

        await using var connection = new NpgsqlConnection(platform.BookingsDb);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var command = new NpgsqlCommand(InventoryQueries.CapacityOfOccurrence, connection);
            command.Parameters.AddWithValue("o", occurrenceId);
            // Bookings may spread the counter over several rows: the sale is open once they add up to its seats.
            if ((int)(await command.ExecuteScalarAsync())! == seats)
                return (occurrenceId, ticketTypeId);
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Bookings did not create the sale's counter within 60 s: is the bookings service consuming EventPublished?");
            await Task.Delay(200);
        }
    }
}
