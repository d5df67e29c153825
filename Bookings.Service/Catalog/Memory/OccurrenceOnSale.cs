using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Catalog.Memory;

// One occurrence with its event and ticket types, read-only once remembered.
public sealed record OccurrenceOnSale(CatalogEvent Event, CatalogOccurrence Occurrence)
{
    public static async Task<OccurrenceOnSale?> LoadAsync(BookingsDbContext db, Guid occurrenceId, CancellationToken cancellationToken)
    {
        var occurrence = await db.Set<CatalogOccurrence>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == occurrenceId, cancellationToken);
        if (occurrence is null)
            return null;
        var catalogEvent = await db.Set<CatalogEvent>().AsNoTracking()
            .Include(e => e.TicketTypes)
            .SingleOrDefaultAsync(e => e.Id == occurrence.EventId, cancellationToken);
        return catalogEvent is null ? null : new(catalogEvent, occurrence);
    }
}
