using Events.Service.Caching;
using Events.Service.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Messaging;

namespace Events.Service.Consumers;

// Bookings' counters feed seats left. A message older than the stored counter changes nothing;
// cached reads are dropped once the change is committed.
public sealed class SeatAvailabilityChangedConsumer(EventsDbContext db, TimeProvider clock, CatalogCache cache)
    : InboxConsumer<SeatAvailabilityChanged, EventsDbContext>(db, clock), IConsumer<SeatAvailabilityChanged>
{
    const string Upsert = """
        INSERT INTO seat_counters (occurrence_id, ticket_type_id, event_id, capacity, held, sold, version, updated_at)
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
        ON CONFLICT (occurrence_id, ticket_type_id) DO UPDATE
        SET capacity = excluded.capacity, held = excluded.held, sold = excluded.sold, version = excluded.version, updated_at = excluded.updated_at
        WHERE seat_counters.version < excluded.version
        """;

    public new async Task Consume(ConsumeContext<SeatAvailabilityChanged> context)
    {
        await base.Consume(context);
        var organizationId = await Db.Set<Domain.CatalogEvent>().Where(e => e.Id == context.Message.EventId)
            .Select(e => (Guid?)e.OrganizationId).SingleOrDefaultAsync(context.CancellationToken);
        if (organizationId is { } org)
            await cache.InvalidateAsync(context.Message.EventId, org, context.CancellationToken);
    }

    protected override async Task HandleAsync(ConsumeContext<SeatAvailabilityChanged> context, CancellationToken cancellationToken)
    {
        var m = context.Message;
        await SeatsLeftCalculation.LockEventAsync(Db, m.EventId, cancellationToken);
        await Db.Database.ExecuteSqlRawAsync(Upsert,
            [m.OccurrenceId, m.TicketTypeId, m.EventId, m.Capacity, m.Held, m.Sold, m.Version, Time.GetUtcNow()], cancellationToken);
        await SeatsLeftCalculation.RefreshAsync(Db, m.EventId, Time.GetUtcNow(), cancellationToken);
    }
}
