using Microsoft.EntityFrameworkCore;

namespace Events.Service.Infrastructure;

// Seats left of an event: over its upcoming scheduled occurrences and ticket types, Events' capacity
// minus what Bookings last reported held and sold. The event row is locked first, so the UPDATE's
// snapshot is taken after any concurrent writer of counters committed (no lost update).
public static class SeatsLeftCalculation
{
    const string Lock = "SELECT 1 FROM events WHERE id = {0} FOR UPDATE";

    const string Sql = """
        SELECT 1 FROM events WHERE id = {0} FOR UPDATE;
        UPDATE events e SET seats_left = COALESCE((
            SELECT SUM(GREATEST(COALESCE(oc.capacity, t.capacity) - COALESCE(c.held, 0) - COALESCE(c.sold, 0), 0))
            FROM occurrences o
            JOIN ticket_types t ON t.event_id = o.event_id
            LEFT JOIN occurrence_capacities oc ON oc.ticket_type_id = t.id AND oc.occurrence_id = o.id
            LEFT JOIN seat_counters c ON c.ticket_type_id = t.id AND c.occurrence_id = o.id
            WHERE o.event_id = e.id AND o.status = 'Scheduled' AND o.ends_at > {1}), 0)
        WHERE e.id = {0}
        """;

    public static Task RefreshAsync(EventsDbContext db, Guid eventId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(Sql, [eventId, now], cancellationToken);

    // Serialises counter messages of one event inside the caller's transaction.
    public static Task LockEventAsync(EventsDbContext db, Guid eventId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(Lock, [eventId], cancellationToken);

    public static Task<int> SoldAsync(EventsDbContext db, Guid eventId, CancellationToken cancellationToken) =>
        db.Set<Domain.SeatCounter>().Where(c => c.EventId == eventId).SumAsync(c => c.Sold, cancellationToken);
}
