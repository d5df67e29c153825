using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Inventory;

public abstract record CapacityChangeOutcome
{
    public sealed record Applied : CapacityChangeOutcome;

    public sealed record NoInventory : CapacityChangeOutcome;

    // The first counter (by occurrence) whose held + sold exceed the wanted capacity.
    public sealed record TooManyTaken(Guid OccurrenceId, int Held, int Sold) : CapacityChangeOutcome;
}

// An organizer lowering (or raising) a ticket type's capacity: applied to every matching counter or,
// when any counter has more seats taken than the new capacity, to none.
public sealed class CapacityChange(BookingsDbContext db)
{
    public async Task<CapacityChangeOutcome> ApplyAsync(Guid eventId, Guid ticketTypeId, Guid? occurrenceId, int capacity, CancellationToken cancellationToken)
    {
        var counters = db.Set<InventoryCounter>().AsNoTracking()
            .Where(c => c.EventId == eventId && c.TicketTypeId == ticketTypeId && (occurrenceId == null || c.OccurrenceId == occurrenceId));
        if (!await counters.AnyAsync(cancellationToken))
            return new CapacityChangeOutcome.NoInventory();

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (occurrenceId is { } occurrence)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    UPDATE inventory_counters SET capacity = {capacity}, version = version + 1
                    WHERE event_id = {eventId} AND ticket_type_id = {ticketTypeId} AND occurrence_id = {occurrence}
                      AND capacity <> {capacity} AND held + sold <= {capacity}
                    """,
                    cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlAsync(
                    $"""
                    UPDATE inventory_counters SET capacity = {capacity}, version = version + 1
                    WHERE event_id = {eventId} AND ticket_type_id = {ticketTypeId}
                      AND capacity <> {capacity} AND held + sold <= {capacity}
                    """,
                    cancellationToken);
            }
            var violator = await counters
                .Where(c => c.Held + c.Sold > capacity)
                .OrderBy(c => c.OccurrenceId)
                .FirstOrDefaultAsync(cancellationToken);
            if (violator is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return (CapacityChangeOutcome)new CapacityChangeOutcome.TooManyTaken(violator.OccurrenceId, violator.Held, violator.Sold);
            }
            await transaction.CommitAsync(cancellationToken);
            return new CapacityChangeOutcome.Applied();
        });
    }
}
