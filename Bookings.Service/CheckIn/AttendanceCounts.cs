using Bookings.Service.Catalog;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Bookings.Service.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.CheckIn;

// Live counts for the door: the seat counters plus the tickets already scanned.
public sealed class AttendanceCounts(BookingsDbContext db)
{
    // The organization running the occurrence, from the catalog copy (or its bookings); null when unknown.
    public async Task<Guid?> OrganizationOfAsync(Guid occurrenceId, CancellationToken cancellationToken) =>
        await (from occurrence in db.Set<CatalogOccurrence>()
               join catalogEvent in db.Set<CatalogEvent>() on occurrence.EventId equals catalogEvent.Id
               where occurrence.Id == occurrenceId
               select (Guid?)catalogEvent.OrganizationId).FirstOrDefaultAsync(cancellationToken)
        ?? await db.Set<Booking>().AsNoTracking()
            .Where(b => b.OccurrenceId == occurrenceId)
            .Select(b => (Guid?)b.OrganizationId)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<OccurrenceAttendance> CountAsync(Guid occurrenceId, CancellationToken cancellationToken)
    {
        var counters = await db.Set<InventoryCounter>().AsNoTracking()
            .Where(c => c.OccurrenceId == occurrenceId)
            .OrderBy(c => c.TicketTypeId)
            .ToListAsync(cancellationToken);
        var tickets = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.OccurrenceId == occurrenceId && t.VoidedAt == null)
            .GroupBy(t => t.TicketTypeId)
            .Select(g => new { TicketTypeId = g.Key, Name = g.Max(t => t.TicketTypeName), CheckedIn = g.Count(t => t.CheckedInAt != null) })
            .ToDictionaryAsync(g => g.TicketTypeId, cancellationToken);
        var ticketTypeIds = counters.Select(c => c.TicketTypeId).ToList();
        var names = await db.Set<CatalogTicketType>().AsNoTracking()
            .Where(t => ticketTypeIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var types = counters.Select(c =>
        {
            tickets.TryGetValue(c.TicketTypeId, out var scanned);
            return new TicketTypeAttendance(c.TicketTypeId, names.GetValueOrDefault(c.TicketTypeId) ?? scanned?.Name, c.Capacity, c.Sold, c.Held, scanned?.CheckedIn ?? 0, c.Capacity - c.Held - c.Sold);
        }).ToList();
        return new OccurrenceAttendance(occurrenceId, types);
    }
}
