using Events.Service.Caching;
using Events.Service.Domain;
using Events.Service.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Events.Service.Apis;

// Anonymous browsing of published (and cancelled, for who holds a link) events; drafts are never public.
public static class PublicCatalogApi
{
    public static IEndpointRouteBuilder MapPublicCatalogApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").AllowAnonymous().WithTags("Catalog");
        group.MapGet("/", BrowseAsync).WithName("BrowseEvents")
            .WithSummary("Published events, for anyone: search, filter, sort and page.")
            .WithDescription("Query parameters: q (words in title or description), from and to (instants an occurrence starts between), city, country, category, organizationId, minPrice, maxPrice, availableOnly (true: only events with seats left), sort (date, title, price or availability), direction (asc or desc), page and pageSize (1 to 100). Times carry the venue's offset. 400 names the parameter at fault.");
        group.MapGet("/by-ids", CatalogBatchRead.ListByIdsAsync).WithName("GetEventsByIds")
            .WithSummary("Several events at once, by id (up to 100), as anyone sees them.")
            .WithDescription("Drafts and ids the catalog does not know are left out of the answer. 400 names ids when one is not a GUID or there are none or too many.");
        group.MapGet("/{eventId:guid}", GetAsync).WithName("GetEvent")
            .WithSummary("One event with its ticket types, dates and seats left, as anyone sees it.")
            .WithDescription("Published, cancelled and completed events are shown; 404 for a draft (seen only by its organization) or an unknown id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{eventId:guid}/occurrences/{occurrenceId:guid}.ics", CalendarFileAsync).WithName("GetOccurrenceCalendarFile")
            .WithSummary("An .ics calendar file for one date of the event, to add to a calendar.")
            .WithDescription("Times are in the venue's time zone. 404 for a draft, an unknown event or an occurrence it does not have.")
            .Produces(StatusCodes.Status200OK, contentType: OccurrenceCalendarFile.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<PageResponse<EventSummaryResponse>>, ValidationProblem>> BrowseAsync(
        HttpRequest request, EventsDbContext db, CatalogCache cache, CancellationToken cancellationToken)
    {
        var (query, errors) = BrowseQuery.Parse(request.Query);
        if (query is null) return TypedResults.ValidationProblem(errors.ToDictionary());
        string[] tags = query.OrganizationId is { } org
            ? [CatalogCacheTags.Listings, CatalogCacheTags.Organization(org)]
            : [CatalogCacheTags.Listings];
        var page = await cache.GetOrLoadAsync($"browse:{query.Key}", tags,
            token => new ValueTask<PageResponse<EventSummaryResponse>>(CatalogBrowse.RunAsync(db, query, token)), cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<EventDetailResponse>, ProblemHttpResult>> GetAsync(
        Guid eventId, EventsDbContext db, CatalogCache cache, CancellationToken cancellationToken)
    {
        var detail = await cache.GetOrLoadAsync($"event:{eventId}", [CatalogCacheTags.Event(eventId)],
            async token => new CachedDetail(await EventDetails.LoadAsync(db, eventId, null, token)), cancellationToken);
        return detail.Event is { } found ? TypedResults.Ok(found) : NotPublic();
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CalendarFileAsync(
        Guid eventId, Guid occurrenceId, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await db.Set<CatalogEvent>().AsNoTracking()
            .Include(e => e.Occurrences.Where(o => o.Id == occurrenceId))
            .SingleOrDefaultAsync(e => e.Id == eventId && e.Status != EventStatus.Draft, cancellationToken);
        var occurrence = found?.Occurrences.SingleOrDefault();
        if (found is null || occurrence is null) return NotPublic();
        var file = OccurrenceCalendarFile.Write(found, occurrence, clock.GetUtcNow());
        return TypedResults.File(file, OccurrenceCalendarFile.ContentType, $"{Slug(found.Title)}-{occurrence.StartsAt:yyyyMMdd}.ics");
    }

    // Absence is cached too (a wrapper, since HybridCache cannot store a bare null reliably).
    public sealed record CachedDetail(EventDetailResponse? Event);

    static ProblemHttpResult NotPublic() =>
        EventProblems.NotFound("Event not found.", "No published event with this id exists.");

    static string Slug(string title)
    {
        var slug = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "event" : slug[..Math.Min(slug.Length, 60)];
    }
}
