namespace Platform.Bench.HotDrop;

// The SQL the benchmark reads Bookings' database with, in one place. A ticket type's counter may be several
// rows (buckets), so every figure is a sum over the rows of one (occurrence, ticket type).
public static class InventoryQueries
{
    // capacity, held, sold, lowest held of a row, lowest sold of a row.
    public const string CountersOfTicketType =
        """
        SELECT coalesce(sum(capacity), 0)::int, coalesce(sum(held), 0)::int, coalesce(sum(sold), 0)::int,
               coalesce(min(held), 0), coalesce(min(sold), 0)
        FROM inventory_counters WHERE occurrence_id = @o AND ticket_type_id = @t
        """;

    public const string CapacityOfOccurrence =
        "SELECT coalesce(sum(capacity), 0)::int FROM inventory_counters WHERE occurrence_id = @o";

    // Each booking of the occurrence: its status, the seats it has of the ticket type, whether the saga has it in
    // hand (past AwaitingPayment, or its hold's expiry due).
    public const string BookingsOfOccurrence =
        """
        SELECT b.id, b.status,
               (SELECT coalesce(sum(l.quantity), 0) FROM booking_lines l WHERE l.booking_id = b.id AND l.ticket_type_id = @t)::int,
               b.status <> 'AwaitingPayment' OR EXISTS (SELECT 1 FROM due_messages d WHERE d.token_id = b.hold_expiry_token_id)
        FROM bookings b WHERE b.occurrence_id = @o
        """;
}
