using System.Runtime.CompilerServices;
using Bookings.Service.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bookings.Service.Signals;

// Every instance must forget an event's catalog copy once a change of it commits: any save that touches
// the catalog tables signals the events it changed, inside the caller's transaction when there is one
// (so the signal goes out at commit), else right after its own commit.
public sealed class CatalogChangeSignal : SaveChangesInterceptor
{
    readonly ConditionalWeakTable<DbContext, Dictionary<Guid, Guid>> changing = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        foreach (var (eventId, organizationId) in Take(eventData.Context))
            await eventData.Context!.Database.ExecuteSqlAsync(Notify(eventId, organizationId), cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        foreach (var (eventId, organizationId) in Take(eventData.Context))
            eventData.Context!.Database.ExecuteSql(Notify(eventId, organizationId));
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    void Collect(DbContext? context)
    {
        if (context is null)
            return;
        // Event id to its organization (Guid.Empty when only an occurrence or a ticket type changed).
        var events = new Dictionary<Guid, Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            switch (entry.Entity)
            {
                case CatalogEvent catalogEvent:
                    events[catalogEvent.Id] = catalogEvent.OrganizationId;
                    break;
                case CatalogOccurrence occurrence:
                    events.TryAdd(occurrence.EventId, Guid.Empty);
                    break;
                case CatalogTicketType ticketType:
                    events.TryAdd(ticketType.EventId, Guid.Empty);
                    break;
            }
        }
        if (events.Count > 0)
            changing.AddOrUpdate(context, events);
    }

    static FormattableString Notify(Guid eventId, Guid organizationId) =>
        $"SELECT pg_notify({SignalChannels.Catalog}, {SignalChannels.CatalogPayload(eventId, organizationId)})";

    Dictionary<Guid, Guid> Take(DbContext? context)
    {
        if (context is null || !changing.TryGetValue(context, out var events))
            return [];
        changing.Remove(context);
        return events;
    }

    void Discard(DbContext? context)
    {
        if (context is not null)
            changing.Remove(context);
    }
}
