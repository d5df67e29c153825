using Events.Service.Domain;
using Events.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Platform.ServiceDefaults.Money;

namespace Events.Service.Apis;

// Reads one event with its occurrences, ticket types and seats left, shaped for an answer.
public static class EventDetails
{
    public static IQueryable<CatalogEvent> WithSchedule(this IQueryable<CatalogEvent> events) =>
        events.Include(e => e.Occurrences).Include(e => e.TicketTypes).ThenInclude(t => t.OccurrenceCapacities).AsSplitQuery();

    public static async Task<EventDetailResponse?> LoadAsync(EventsDbContext db, Guid eventId, Guid? organizationId, CancellationToken cancellationToken)
    {
        var query = db.Set<CatalogEvent>().AsNoTracking().WithSchedule().Where(e => e.Id == eventId);
        query = organizationId is { } org
            ? query.Where(e => e.OrganizationId == org)
            : query.Where(e => e.Status != EventStatus.Draft);
        var found = await query.SingleOrDefaultAsync(cancellationToken);
        if (found is null)
            return null;
        var counters = await db.Set<SeatCounter>().AsNoTracking().Where(c => c.EventId == eventId).ToListAsync(cancellationToken);
        return ToResponse(found, counters);
    }

    public static EventDetailResponse ToResponse(CatalogEvent e, IReadOnlyList<SeatCounter> counters)
    {
        var zone = e.Venue.TimeZone;
        var taken = counters.ToDictionary(c => (c.OccurrenceId, c.TicketTypeId), c => c.Held + c.Sold);
        var ticketTypes = e.TicketTypes.OrderBy(t => t.Position).ToList();
        var occurrences = e.Occurrences.OrderBy(o => o.StartsAt).Select(o =>
        {
            var seats = ticketTypes.Select(t =>
            {
                var capacity = t.CapacityAt(o.Id);
                var left = o.Status == OccurrenceStatus.Scheduled
                    ? Math.Max(capacity - taken.GetValueOrDefault((o.Id, t.Id)), 0)
                    : 0;
                return new OccurrenceSeatsResponse(t.Id, capacity, left);
            }).ToList();
            return new OccurrenceResponse(o.Id, InVenueZone(o.StartsAt, zone), InVenueZone(o.EndsAt, zone), o.Status.ToString(),
                o.CancellationReason, seats.Sum(s => s.SeatsLeft), seats);
        }).ToList();

        return new EventDetailResponse(
            e.Id, e.OrganizationId, e.Status.ToString(), e.Version, e.Title, e.Description, e.Category,
            new VenueResponse(e.Venue.Name, e.Venue.Address, e.Venue.City, e.Venue.Country, zone),
            e.StartsAt is { } s ? InVenueZone(s, zone) : null,
            e.EndsAt is { } end ? InVenueZone(end, zone) : null,
            new ScheduleResponse(e.StartsAtLocal, e.EndsAtLocal, e.RecurrenceRule, e.RecurrenceExceptions),
            e.CoverImageUrl, e.HoldMinutes, e.CancellationDeadlineHours, e.CheckInOpensMinutesBefore,
            new AttendanceRulesRequest(e.NoOverlappingBookings, e.OneBookingPerOccurrence),
            MinPriceOf(e), e.MinPriceCurrency, e.SeatsLeft, e.CancellationReason,
            [.. ticketTypes.Select(t => new TicketTypeResponse(t.Id, t.Name, t.Description, CurrencyAmounts.Exact(t.Price, t.Currency), t.Currency, t.Capacity,
                t.SalesStartAt, t.SalesEndAt, t.MinPerOrder, t.MaxPerOrder, t.MaxPerCustomer))],
            occurrences);
    }

    public static DateTimeOffset InVenueZone(DateTimeOffset instant, string timeZone)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone);
        return zone is null ? instant : Instant.FromDateTimeOffset(instant).InZone(zone).ToDateTimeOffset();
    }

    public static EventSummaryResponse ToSummary(CatalogEvent e) => new(
        e.Id, e.OrganizationId, e.Status.ToString(), e.Title, e.Category, e.Venue.Name, e.Venue.City, e.Venue.Country, e.Venue.TimeZone,
        e.StartsAt is { } s ? InVenueZone(s, e.Venue.TimeZone) : null,
        e.EndsAt is { } end ? InVenueZone(end, e.Venue.TimeZone) : null,
        MinPriceOf(e), e.MinPriceCurrency, e.SeatsLeft, e.CoverImageUrl);

    static decimal? MinPriceOf(CatalogEvent e) =>
        e.MinPrice is { } price && e.MinPriceCurrency is { } currency ? CurrencyAmounts.Exact(price, currency) : e.MinPrice;
}
