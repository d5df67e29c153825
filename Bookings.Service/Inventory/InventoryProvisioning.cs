using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Inventory;

public sealed record CounterCapacity(Guid OccurrenceId, Guid TicketTypeId, int Capacity);

// Creates counters the first time an (occurrence, ticket type) is seen and moves capacities, each only
// as far as held + sold allows; runs in the caller's transaction.
public sealed class InventoryProvisioning(BookingsDbContext db, ILogger<InventoryProvisioning> logger)
{
    public async Task ApplyAsync(Guid eventId, IReadOnlyCollection<CounterCapacity> capacities, CancellationToken cancellationToken)
    {
        if (capacities.Count == 0)
            return;
        var occurrences = capacities.Select(c => c.OccurrenceId).ToArray();
        var ticketTypes = capacities.Select(c => c.TicketTypeId).ToArray();
        var seats = capacities.Select(c => c.Capacity).ToArray();

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO inventory_counters (occurrence_id, ticket_type_id, event_id, capacity, held, sold, version)
            SELECT x.o, x.t, {eventId}, x.c, 0, 0, 1 FROM unnest({occurrences}, {ticketTypes}, {seats}) AS x(o, t, c)
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO seat_availability_publications (occurrence_id, ticket_type_id, published_version)
            SELECT x.o, x.t, 0 FROM unnest({occurrences}, {ticketTypes}) AS x(o, t)
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE inventory_counters AS c SET capacity = x.c, version = c.version + 1
            FROM unnest({occurrences}, {ticketTypes}, {seats}) AS x(o, t, c)
            WHERE c.occurrence_id = x.o AND c.ticket_type_id = x.t AND c.capacity <> x.c AND c.held + c.sold <= x.c
            """,
            cancellationToken);

        var refused = await db.Set<InventoryCounter>()
            .Where(c => occurrences.Contains(c.OccurrenceId) && ticketTypes.Contains(c.TicketTypeId))
            .ToListAsync(cancellationToken);
        foreach (var counter in refused)
        {
            var wanted = capacities.FirstOrDefault(c => c.OccurrenceId == counter.OccurrenceId && c.TicketTypeId == counter.TicketTypeId);
            if (wanted is not null && wanted.Capacity != counter.Capacity)
            {
                logger.LogWarning(
                    "Capacity {Capacity} of ticket type {TicketTypeId} at occurrence {OccurrenceId} not applied: {Held} held and {Sold} sold",
                    wanted.Capacity, counter.TicketTypeId, counter.OccurrenceId, counter.Held, counter.Sold);
            }
        }
    }
}
