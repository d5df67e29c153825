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
    HttpContext http,
    CancellationToken cancellationToken)
{
    public EventsDbContext Db { get; } = db;
    public IIntegrationEventOutbox Outbox { get; } = outbox;
    public CatalogCache Cache { get; } = cache;
    public EventSchedule Schedule { get; } = schedule;
    public TimeProvider Clock { get; } = clock;
    public HttpContext Http { get; } = http;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public bool IsMemberOf(Guid organizationId) => Http.User.IsMemberOf(organizationId);

    public Task<CatalogEvent?> FindAsync(Guid organizationId, Guid eventId) =>
        Db.Set<CatalogEvent>().WithSchedule()
            .SingleOrDefaultAsync(e => e.Id == eventId && e.OrganizationId == organizationId, CancellationToken);

    // Saves the change (and its staged messages), then refreshes seats left and drops cached reads.
    public async Task<bool> SaveAsync(CatalogEvent e)
    {
        try
        {
            await Db.SaveChangesAsync(CancellationToken);
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
        await SeatsLeftCalculation.RefreshAsync(Db, eventId, Clock.GetUtcNow(), CancellationToken);
        await Cache.InvalidateAsync(eventId, organizationId, CancellationToken.None);
    }

    public async Task<EventDetailResponse> DetailAsync(CatalogEvent e) =>
        (await EventDetails.LoadAsync(Db, e.Id, e.OrganizationId, CancellationToken))!;
}
