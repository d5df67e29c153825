using System.Diagnostics;
using Npgsql;

namespace Platform.Bench.HotDrop;

public sealed record InvariantReport(
    int Capacity, int Held, int Sold, int Bookings, int CreatedAnswers, int CreatedWithoutBooking, int CreatedNotHoldingSeat,
    int BookingsWithoutCreated, int AdmissionsHeldByBookings, int WithSaga, TimeSpan SagaTookOnWithin)
{
    public int Oversold => Math.Max(0, Held + Sold - Capacity);

    // 0 oversold; one booking per 201, each holding its seat; the counters hold exactly the bookings' seats; the saga has every booking.
    public bool Holds =>
        Oversold == 0 && Held >= 0 && Sold >= 0 && Bookings == CreatedAnswers && CreatedWithoutBooking == 0 && CreatedNotHoldingSeat == 0
        && AdmissionsHeldByBookings == Held + Sold && WithSaga == Bookings;
}

// After the storm, from Bookings' database: the counters, every booking of the occurrence against the 201s,
// and (waiting up to a minute) that the saga has taken every booking on.
public static class InvariantCheck
{
    static readonly string[] HoldingSeats = ["AwaitingPayment", "Confirmed"];

    sealed record BookingRow(Guid Id, string Status, int Seats, bool HasSaga);

    public static async Task<InvariantReport> ReadAsync(string bookingsDb, Guid occurrenceId, Guid ticketTypeId, IReadOnlyCollection<Guid> created)
    {
        await using var connection = new NpgsqlConnection(bookingsDb);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        var bookings = await BookingsAsync(connection, occurrenceId, ticketTypeId);
        while (bookings.Any(b => !b.HasSaga) && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(250);
            bookings = await BookingsAsync(connection, occurrenceId, ticketTypeId);
        }

        var sagaWithin = clock.Elapsed;
        await using var counters = new NpgsqlCommand(InventoryQueries.CountersOfTicketType, connection);
        counters.Parameters.AddWithValue("o", occurrenceId);
        counters.Parameters.AddWithValue("t", ticketTypeId);
        await using var reader = await counters.ExecuteReaderAsync();
        await reader.ReadAsync();
        var byId = bookings.ToDictionary(b => b.Id);
        var answered = created.ToHashSet();
        return new InvariantReport(
            reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), bookings.Count, created.Count,
            CreatedWithoutBooking: created.Count(id => !byId.ContainsKey(id)),
            CreatedNotHoldingSeat: created.Count(id => byId.TryGetValue(id, out var b) && (b.Seats != 1 || !HoldingSeats.Contains(b.Status))),
            BookingsWithoutCreated: bookings.Count(b => !answered.Contains(b.Id)),
            AdmissionsHeldByBookings: bookings.Where(b => HoldingSeats.Contains(b.Status)).Sum(b => b.Seats),
            WithSaga: bookings.Count(b => b.HasSaga),
            SagaTookOnWithin: sagaWithin);
    }

    static async Task<List<BookingRow>> BookingsAsync(NpgsqlConnection connection, Guid occurrenceId, Guid ticketTypeId)
    {
        await using var command = new NpgsqlCommand(InventoryQueries.BookingsOfOccurrence, connection);
        command.Parameters.AddWithValue("o", occurrenceId);
        command.Parameters.AddWithValue("t", ticketTypeId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<BookingRow>();
        while (await reader.ReadAsync())
            rows.Add(new BookingRow(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetBoolean(3)));
        return rows;
    }
}
