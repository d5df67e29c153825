using Npgsql;

namespace Platform.Bench.HotDrop;

public sealed record InvariantReport(int Capacity, int Held, int Sold, long Bookings, long AdmissionsInBookings)
{
    public bool Holds(int created) =>
        Held >= 0 && Sold >= 0 && Held + Sold <= Capacity && Bookings == created && AdmissionsInBookings == Held + Sold;
}

// Reads the counter and the bookings behind it straight from Bookings' database.
public static class InvariantCheck
{
    public static async Task<InvariantReport> ReadAsync(BenchPlatform platform, Guid occurrenceId, Guid ticketTypeId)
    {
        await using var connection = new NpgsqlConnection(platform.BookingsDb);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.capacity, c.held, c.sold,
                   (SELECT count(*) FROM bookings b WHERE b.occurrence_id = c.occurrence_id),
                   (SELECT coalesce(sum(l.quantity), 0) FROM booking_lines l JOIN bookings b ON b.id = l.booking_id
                     WHERE b.occurrence_id = c.occurrence_id AND l.ticket_type_id = c.ticket_type_id)
            FROM inventory_counters c WHERE c.occurrence_id = @o AND c.ticket_type_id = @t
            """, connection);
        command.Parameters.AddWithValue("o", occurrenceId);
        command.Parameters.AddWithValue("t", ticketTypeId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new InvariantReport(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4));
    }
}
