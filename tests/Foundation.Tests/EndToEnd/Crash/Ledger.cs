using Npgsql;

namespace Platform.Foundation.Tests.EndToEnd.Crash;

// What Bookings and Payments (and the simulated provider) stored, read straight from their databases
// after the dust settled: the invariants are about rows, not about what an API chooses to show.
internal sealed record Ledger(
    IReadOnlyList<BookingRow> Bookings,
    IReadOnlyList<CounterRow> Counters,
    IReadOnlyDictionary<Guid, int> ConfirmedAdmissions,
    IReadOnlyDictionary<Guid, int> ValidTickets,
    IReadOnlyList<PaymentRow> Payments)
{
    static readonly string[] FinalBookings = ["Confirmed", "Failed", "Expired"];
    static readonly string[] FinalPayments = ["Succeeded", "Failed", "Cancelled", "Refunded"];

    public PaymentRow? PaymentOf(Guid bookingId) => Payments.SingleOrDefault(p => p.BookingId == bookingId);

    /// <summary>Nothing left to happen: every booking final, no seat held, every payment final and matching its booking.</summary>
    public bool Settled =>
        Bookings.All(b => FinalBookings.Contains(b.Status))
        && Counters.All(c => c.Held == 0)
        && Bookings.All(b => PaymentOf(b.Id) is { } p && FinalPayments.Contains(p.Status)
            && (b.Status == "Confirmed") == (p.Status == "Succeeded"));

    public static async Task<Ledger> ReadAsync(CrashPlatform platform)
    {
        var occurrenceId = platform.Concert.OccurrenceId;
        await using var bookingsDb = new NpgsqlConnection(platform.BookingsDb);
        await bookingsDb.OpenAsync();
        var bookings = await SqlRows.QueryAsync(bookingsDb, """
            SELECT b.id, b.customer_id, b.status, b.payment_id, COALESCE(SUM(l.quantity), 0)::int
            FROM bookings b LEFT JOIN booking_lines l ON l.booking_id = b.id
            WHERE b.occurrence_id = @occurrence GROUP BY b.id
            """, ("occurrence", occurrenceId), r => new BookingRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetGuid(3), r.GetInt32(4)));
        var counters = await SqlRows.QueryAsync(bookingsDb,
            "SELECT ticket_type_id, capacity, held, sold FROM inventory_counters WHERE occurrence_id = @occurrence",
            ("occurrence", occurrenceId), r => new CounterRow(r.GetGuid(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));
        var confirmed = await SqlRows.QueryAsync(bookingsDb, """
            SELECT l.ticket_type_id, SUM(l.quantity)::int FROM booking_lines l JOIN bookings b ON b.id = l.booking_id
            WHERE b.occurrence_id = @occurrence AND b.status = 'Confirmed' GROUP BY l.ticket_type_id
            """, ("occurrence", occurrenceId), r => (r.GetGuid(0), r.GetInt32(1)));
        var tickets = await SqlRows.QueryAsync(bookingsDb,
            "SELECT booking_id, COUNT(*)::int FROM tickets WHERE occurrence_id = @occurrence AND voided_at IS NULL GROUP BY booking_id",
            ("occurrence", occurrenceId), r => (r.GetGuid(0), r.GetInt32(1)));

        await using var paymentsDb = new NpgsqlConnection(platform.PaymentsDb);
        await paymentsDb.OpenAsync();
        // The provider's own table counts what the card was really charged and refunded, whatever the ledger says.
        var payments = await SqlRows.QueryAsync(paymentsDb, """
            SELECT p.id, p.booking_id, p.status,
                (SELECT COUNT(*)::int FROM simulated_provider_charges c WHERE c.payment_id = p.id AND c.operation = 'charge' AND c.succeeded),
                (SELECT COUNT(*)::int FROM simulated_provider_charges c WHERE c.payment_id = p.id AND c.operation = 'refund' AND c.succeeded)
            FROM payments p WHERE p.booking_id = ANY(@bookings)
            """, ("bookings", bookings.Select(b => b.Id).ToArray()), r => new PaymentRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4)));

        return new Ledger(bookings, counters, confirmed.ToDictionary(c => c.Item1, c => c.Item2),
            tickets.ToDictionary(t => t.Item1, t => t.Item2), payments);
    }

    public override string ToString() =>
        $"bookings: {string.Join(", ", Bookings.GroupBy(b => b.Status).Select(g => $"{g.Key} {g.Count()}"))}; "
        + $"counters: {string.Join(", ", Counters)}; "
        + $"payments: {string.Join(", ", Payments.GroupBy(p => p.Status).Select(g => $"{g.Key} {g.Count()}"))}; "
        + $"unsettled (first 5): {string.Join(", ", Bookings.Where(b => PaymentOf(b.Id) is not { } p || (b.Status == "Confirmed") != (p.Status == "Succeeded") || !FinalBookings.Contains(b.Status) || !FinalPayments.Contains(p.Status)).Take(5).Select(b => $"{b.Id} {b.Status}/{PaymentOf(b.Id)?.Status ?? "no payment"}"))}";
}

internal sealed record BookingRow(Guid Id, Guid CustomerId, string Status, Guid PaymentId, int Admissions);

internal sealed record CounterRow(Guid TicketTypeId, int Capacity, int Held, int Sold);

internal sealed record PaymentRow(Guid Id, Guid BookingId, string Status, int SucceededCharges, int SucceededRefunds);
