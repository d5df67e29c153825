using Events.Service.Apis;
using Events.Service.Caching;
using Events.Service.Domain;
using Events.Service.Infrastructure;
using Events.Service.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Events;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Events.Service.Scheduling;

// As time passes, recurring events get the occurrences that came inside the horizon; published ones
// announce them with EventUpdated. Several instances may run this: the event's Version guards the save.
public sealed class OccurrenceHorizonExtender(
    IServiceScopeFactory scopes,
    MigrationStatus<EventsDbContext> migrations,
    IOptions<RecurrenceOptions> options,
    TimeProvider clock,
    ILogger<OccurrenceHorizonExtender> logger) : BackgroundService
{
    const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!migrations.Applied && !stoppingToken.IsCancellationRequested)
            await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken).ContinueWith(_ => { });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Bounded, so events that keep failing to save cannot spin this loop.
                for (var batch = 0; batch < 100 && await ExtendBatchAsync(stoppingToken) == BatchSize; batch++) { }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Extending recurring events' occurrences failed; retrying later: {Error}", e.Message);
            }
            try
            {
                await Task.Delay(options.Value.ExtendEvery, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Returns how many events it looked at.
    public async Task<int> ExtendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var schedule = scope.ServiceProvider.GetRequiredService<EventSchedule>();
        var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
        var cache = scope.ServiceProvider.GetRequiredService<CatalogCache>();
        var now = clock.GetUtcNow();
        var due = now + options.Value.Horizon - options.Value.ExtendEvery;
        var events = await db.Set<CatalogEvent>().WithSchedule()
            .Where(e => e.RecurrenceRule != null && e.Status != EventStatus.Cancelled && (e.ExpandedUntil == null || e.ExpandedUntil < due))
            .OrderBy(e => e.ExpandedUntil).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var e in events)
        {
            var outcome = schedule.Reconcile(e, dropMissing: false);
            if (outcome.Added.Count > 0)
            {
                e.RefreshListingFields();
                e.Touch(now);
                if (e.PublishedAt is not null && e.Status == EventStatus.Published)
                    outbox.Add(new EventUpdated(EventSnapshots.From(e), now));
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                continue;
            }
            if (outcome.Added.Count > 0)
            {
                await SeatsLeftCalculation.RefreshAsync(db, e.Id, now, cancellationToken);
                await cache.InvalidateAsync(e.Id, e.OrganizationId, cancellationToken);
                logger.LogInformation("Added {Count} occurrences to recurring event {EventId}.", outcome.Added.Count, e.Id);
            }
        }
        return events.Count;
    }
}
