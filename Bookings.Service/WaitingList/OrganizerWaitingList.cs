using Bookings.Service.Catalog;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;

namespace Bookings.Service.WaitingList;

// What an organizer reads of one event's waiting lists: the entries in line order and, per line
// (occurrence, ticket type), how many wait, how many hold an offer and how many seats they want.
public sealed class OrganizerWaitingList(BookingsDbContext db)
{
    public sealed record Line(Guid OccurrenceId, Guid TicketTypeId, string TicketTypeName, DateTimeOffset StartsAt, int Waiting, int Offered, int SeatsWanted);

    // False when the event is not the organization's (or does not exist).
    public Task<bool> IsOrganizationsEventAsync(Guid organizationId, Guid eventId, CancellationToken cancellationToken) =>
        db.Set<CatalogEvent>().AnyAsync(e => e.Id == eventId && e.OrganizationId == organizationId, cancellationToken);

    public async Task<(List<(WaitingListEntry Entry, int? Position)> Entries, int Total)> EntriesAsync(
        Guid eventId, OrganizerWaitingListFilter filter, PageRequest paging, CancellationToken cancellationToken)
    {
        var query = Filtered(eventId, filter);
        if (filter.Status is { } status)
            query = query.Where(e => e.Status == status);
        var (entries, total) = await query
            .OrderBy(e => e.StartsAt).ThenBy(e => e.OccurrenceId).ThenBy(e => e.TicketTypeId).ThenBy(e => e.JoinedAt).ThenBy(e => e.Id)
            .ReadPageAsync(paging, cancellationToken);
        var withPositions = new List<(WaitingListEntry, int?)>(entries.Count);
        foreach (var entry in entries)
            withPositions.Add((entry, await WaitingLine.PositionAsync(db, entry, cancellationToken)));
        return (withPositions, total);
    }

    // Lines with nobody left in them are not listed; the status filter does not narrow the summary.
    public async Task<List<Line>> LinesAsync(Guid eventId, OrganizerWaitingListFilter filter, CancellationToken cancellationToken)
    {
        var lines = await Filtered(eventId, filter)
            .Where(e => e.Status == WaitingListStatus.Waiting || e.Status == WaitingListStatus.Offered)
            .GroupBy(e => new { e.OccurrenceId, e.TicketTypeId, e.TicketTypeName, e.StartsAt })
            .Select(g => new Line(
                g.Key.OccurrenceId, g.Key.TicketTypeId, g.Key.TicketTypeName, g.Key.StartsAt,
                g.Count(e => e.Status == WaitingListStatus.Waiting),
                g.Count(e => e.Status == WaitingListStatus.Offered),
                g.Sum(e => e.Quantity)))
            .ToListAsync(cancellationToken);
        return lines.OrderBy(l => l.StartsAt).ThenBy(l => l.OccurrenceId).ThenBy(l => l.TicketTypeId).ToList();
    }

    IQueryable<WaitingListEntry> Filtered(Guid eventId, OrganizerWaitingListFilter filter)
    {
        var query = db.Set<WaitingListEntry>().AsNoTracking().Where(e => e.EventId == eventId);
        if (filter.OccurrenceId is { } occurrenceId)
            query = query.Where(e => e.OccurrenceId == occurrenceId);
        if (filter.TicketTypeId is { } ticketTypeId)
            query = query.Where(e => e.TicketTypeId == ticketTypeId);
        return query;
    }
}
