using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.WaitingList;

// The counter changes of the waiting list, each one conditional UPDATE in the caller's transaction,
// with the same guards as SeatInventory: the counters' CHECK constraints hold at every commit.
public static class WaitingListSeats
{
    // False when fewer seats are free than the entry wants.
    public static async Task<bool> TryHoldAsync(BookingsDbContext db, WaitingListEntry entry, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE inventory_counters SET held = held + {entry.Quantity}, version = version + 1
            WHERE occurrence_id = {entry.OccurrenceId} AND ticket_type_id = {entry.TicketTypeId}
              AND capacity - held - sold >= {entry.Quantity}
            """,
            cancellationToken) == 1;

    // An offer that ends without a claim (lapsed, left) gives its seats back.
    public static async Task ReleaseAsync(BookingsDbContext db, WaitingListEntry entry, CancellationToken cancellationToken)
    {
        var released = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE inventory_counters SET held = held - {entry.Quantity}, version = version + 1
            WHERE occurrence_id = {entry.OccurrenceId} AND ticket_type_id = {entry.TicketTypeId} AND held >= {entry.Quantity}
            """,
            cancellationToken);
        if (released != 1)
            throw new InvalidOperationException(
                $"Inventory guard failed (release offer) for waiting-list entry {entry.Id}: occurrence {entry.OccurrenceId}, ticket type {entry.TicketTypeId}, quantity {entry.Quantity}.");
    }
}
