using Events.Service.Domain;
using Events.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Events.Service.Apis;

// The public browse as one SQL query over published events (each filter and sort has an index).
public static class CatalogBrowse
{
    public const string SearchConfiguration = "english";

    public static async Task<PageResponse<EventSummaryResponse>> RunAsync(EventsDbContext db, BrowseQuery q, CancellationToken cancellationToken)
    {
        var events = db.Set<CatalogEvent>().AsNoTracking().Where(e => e.Status == EventStatus.Published);
        if (q.Text is { } text)
            events = events.Where(e => e.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(SearchConfiguration, text)));
        if (q.From is not null || q.To is not null)
        {
            var from = q.From ?? DateTimeOffset.MinValue;
            var to = q.To ?? DateTimeOffset.MaxValue;
            events = events.Where(e => db.Set<Occurrence>().Any(o =>
                o.EventId == e.Id && o.Status == OccurrenceStatus.Scheduled && o.StartsAt >= from && o.StartsAt <= to));
        }
        if (q.City is { } city) events = events.Where(e => e.CityKey == city);
        if (q.Country is { } country) events = events.Where(e => e.Venue.Country == country);
        if (q.Category is { } category) events = events.Where(e => e.Category == category);
        if (q.OrganizationId is { } organizationId) events = events.Where(e => e.OrganizationId == organizationId);
        if (q.MinPrice is not null || q.MaxPrice is not null)
        {
            var min = q.MinPrice ?? 0m;
            var max = q.MaxPrice ?? decimal.MaxValue;
            events = events.Where(e => db.Set<TicketType>().Any(t => t.EventId == e.Id && t.Price >= min && t.Price <= max));
        }
        if (q.AvailableOnly) events = events.Where(e => e.SeatsLeft > 0);

        var total = await events.CountAsync(cancellationToken);
        var ordered = (q.Sort, q.Descending) switch
        {
            (BrowseSort.Title, false) => events.OrderBy(e => e.Title).ThenBy(e => e.Id),
            (BrowseSort.Title, true) => events.OrderByDescending(e => e.Title).ThenByDescending(e => e.Id),
            (BrowseSort.Price, false) => events.OrderBy(e => e.MinPrice).ThenBy(e => e.Id),
            (BrowseSort.Price, true) => events.OrderByDescending(e => e.MinPrice).ThenByDescending(e => e.Id),
            (BrowseSort.Availability, false) => events.OrderBy(e => e.SeatsLeft).ThenBy(e => e.Id),
            (BrowseSort.Availability, true) => events.OrderByDescending(e => e.SeatsLeft).ThenByDescending(e => e.Id),
            (_, false) => events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id),
            (_, true) => events.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id),
        };
        var page = await ordered.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToListAsync(cancellationToken);
        return new PageResponse<EventSummaryResponse>([.. page.Select(EventDetails.ToSummary)], total, q.Page, q.PageSize);
    }
}
