using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.WaitingList;

// Seats wanted by customers still waiting: public bookings may only take what is left beyond them, so
// returned seats reach the line first. Offered entries already hold their seats in the counter.
public static class WaitingLine
{
    public static async Task<int> DemandAsync(BookingsDbContext db, Guid occurrenceId, Guid ticketTypeId, CancellationToken cancellationToken) =>
        await db.Set<WaitingListEntry>()
            .Where(e => e.OccurrenceId == occurrenceId && e.TicketTypeId == ticketTypeId && e.Status == WaitingListStatus.Waiting)
            .SumAsync(e => (int?)e.Quantity, cancellationToken) ?? 0;

    // What a public booking could hold right now.
    public static async Task<int> SeatsLeftForPublicAsync(BookingsDbContext db, Guid occurrenceId, Guid ticketTypeId, CancellationToken cancellationToken)
    {
        var counter = await db.Set<InventoryCounter>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.OccurrenceId == occurrenceId && c.TicketTypeId == ticketTypeId, cancellationToken);
        if (counter is null)
            return 0;
        return Math.Max(counter.Available - await DemandAsync(db, occurrenceId, ticketTypeId, cancellationToken), 0);
    }

    // Active entries that joined earlier, plus one; null once the entry left the line.
    public static async Task<int?> PositionAsync(BookingsDbContext db, WaitingListEntry entry, CancellationToken cancellationToken)
    {
        if (!entry.IsActive)
            return null;
        var ahead = await db.Set<WaitingListEntry>().CountAsync(e =>
            e.OccurrenceId == entry.OccurrenceId && e.TicketTypeId == entry.TicketTypeId
            && (e.Status == WaitingListStatus.Waiting || e.Status == WaitingListStatus.Offered)
            && e.JoinedAt < entry.JoinedAt, cancellationToken);
        return ahead + 1;
    }
}
