using Npgsql;

namespace Platform.Foundation.Tests.EndToEnd.Replicas;

// One occurrence's rows in Bookings and Payments, and what the simulated card provider really charged.
internal sealed record DropLedger(
    IReadOnlyList<DropBooking> Bookings,
    IReadOnlyList<DropCounter> Counters,
    IReadOnlyDictionary<Guid, int> ValidTickets,
    IReadOnlyDictionary<Guid, DropPayment> Payments)
{
    public int Count(string status) => Bookings.Count(b => b.Status == status);

    public static async Task<DropLedger> ReadAsync(string bookingsDb, string paymentsDb, Guid occurrenceId)
    {
        await using var bookingsConnection = new NpgsqlConnection(bookingsDb);
        await bookingsConnection.OpenAsync();
        var bookings = await SqlRows.QueryAsync(bookingsConnection, """
            SELECT b.id, b.customer_id, b.status, b.payment_id, COALESCE(SUM(l.quantity), 0)::int
            FROM bookings b LEFT JOIN booking_lines l ON l.booking_id = b.id
            WHERE b.occurrence_id = @p GROUP BY b.id
            """, ("p", occurrenceId), r => new DropBooking(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetGuid(3), r.GetInt32(4)));
        var counters = await SqlRows.QueryAsync(bookingsConnection,
            "SELECT ticket_type_id, capacity, held, sold FROM inventory_counters WHERE occurrence_id = @p",
            ("p", occurrenceId), r => new DropCounter(r.GetGuid(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));
        var tickets = await SqlRows.QueryAsync(bookingsConnection,
            "SELECT booking_id, COUNT(*)::int FROM tickets WHERE occurrence_id = @p AND voided_at IS NULL GROUP BY booking_id",
            ("p", occurrenceId), r => (r.GetGuid(0), r.GetInt32(1)));

        await using var paymentsConnection = new NpgsqlConnection(paymentsDb);
        await paymentsConnection.OpenAsync();
        var payments = await SqlRows.QueryAsync(paymentsConnection, """
            SELECT p.booking_id, p.status,
                (SELECT COUNT(*)::int FROM simulated_provider_charges c WHERE c.payment_id = p.id AND c.operation = 'charge' AND c.succeeded),
                (SELECT COUNT(*)::int FROM simulated_provider_charges c WHERE c.payment_id = p.id AND c.operation = 'refund' AND c.succeeded)
            FROM payments p WHERE p.booking_id = ANY(@p)
            """, ("p", bookings.Select(b => b.Id).ToArray()), r => new DropPayment(r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3)));

        return new DropLedger(bookings, counters, tickets.ToDictionary(t => t.Item1, t => t.Item2), payments.ToDictionary(p => p.BookingId));
    }

    public override string ToString() =>
        $"bookings: {string.Join(", ", Bookings.GroupBy(b => b.Status).Select(g => $"{g.Key} {g.Count()}"))}; "
        + $"counters: {string.Join(", ", Counters)}; "
        + $"payments: {string.Join(", ", Payments.Values.GroupBy(p => p.Status).Select(g => $"{g.Key} {g.Count()}"))}";
}

internal sealed record DropBooking(Guid Id, Guid CustomerId, string Status, Guid PaymentId, int Seats);

internal sealed record DropCounter(Guid TicketTypeId, int Capacity, int Held, int Sold);

internal sealed record DropPayment(Guid BookingId, string Status, int Charges, int Refunds);
