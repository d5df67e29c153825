using Events.Service.Domain;
using Microsoft.Extensions.Options;

namespace Events.Service.Scheduling;

// Expands an event's schedule up to the configured horizon and reconciles its occurrences with it.
public sealed class EventSchedule(IOptions<RecurrenceOptions> options, TimeProvider clock)
{
    public int MaxOccurrences => options.Value.MaxOccurrences;

    public ScheduleReconciliation.Outcome Reconcile(CatalogEvent e, bool dropMissing)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.Horizon;
        var schedule = new OccurrenceSchedule(e.StartsAtLocal, e.EndsAtLocal, e.Venue.TimeZone, e.RecurrenceRule, e.RecurrenceExceptions);
        var instances = schedule.Expand(now, until, options.Value.MaxOccurrences);
        if (e.IsRecurring)
            e.ExpandedUntil = until;
        return ScheduleReconciliation.Apply(e, instances, now, dropMissing);
    }

    public bool NeedsExtension(CatalogEvent e) =>
        e.IsRecurring && (e.ExpandedUntil is null || e.ExpandedUntil < clock.GetUtcNow() + options.Value.Horizon - options.Value.ExtendEvery);
}
