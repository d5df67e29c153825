using Events.Service.Caching;
using Events.Service.Domain;
using Events.Service.Infrastructure;
using Events.Service.Scheduling;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Messaging;

namespace Events.Service.Apis;

// What organizer handlers need, bundled with [AsParameters].
public sealed class OrganizerServices(
    EventsDbContext db,
    IIntegrationEventOutbox outbox,
    CatalogCache cache,
    EventSchedule schedule,
    TimeProvider clock,
    IHttpContextAccessor http,
    CancellationToken cancellationToken)
{
    public EventsDbContext Db => db;
    public IIntegrationEventOutbox Outbox => outbox;
    public EventSchedule Schedule => schedule;
    public TimeProvider Clock => clock;
    public CancellationToken CancellationToken => cancellationToken;
    public HttpContext Http => http.HttpContext!;

    public bool IsMemberOf(Guid organizationId) => Http.User.IsMemberOf(organizationId);

    public Task<CatalogEvent?> FindAsync(Guid organizationId, Guid eventId) =>
        db.Set<CatalogEvent>().WithSchedule()
            .SingleOrDefaultAsync(e => e.Id == eventId && e.OrganizationId == organizationId, cancellationToken);

    // Saves the change (and its staged messages), then refreshes seats left and drops cached reads.
    public async Task<bool> SaveAsync(CatalogEvent e)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        await AfterChangeAsync(e.Id, e.OrganizationId);
        return true;
    }

    public async Task AfterChangeAsync(Guid eventId, Guid organizationId)
    {
        await SeatsLeftCalculation.RefreshAsync(db, eventId, clock.GetUtcNow(), cancellationToken);
        await cache.InvalidateAsync(eventId, organizationId, CancellationToken.None);
    }

    public async Task<EventDetailResponse> DetailAsync(CatalogEvent e) =>
        (await EventDetails.LoadAsync(db, e.Id, e.OrganizationId, cancellationToken))!;
}
