namespace Events.Service.Domain;

// Brings an event's occurrences in line with what its schedule generates now: new instances are added,
// known ones (by their original start) kept, and upcoming ones the schedule no longer generates are
// removed from a draft or cancelled on a published event (they may have bookings).
public static class ScheduleReconciliation
{
    public const string RemovedFromScheduleReason = "Removed from the event's schedule.";

    public sealed record Outcome(IReadOnlyList<Occurrence> Added, IReadOnlyList<Occurrence> Cancelled, int Removed)
    {
        public bool Changed => Added.Count > 0 || Cancelled.Count > 0 || Removed > 0;
    }

    public static Outcome Apply(CatalogEvent catalogEvent, IReadOnlyList<ScheduledInstance> instances, DateTimeOffset now, bool dropMissing)
    {
        var byOriginalStart = catalogEvent.Occurrences.ToDictionary(o => o.OriginalStartsAt);
        var added = new List<Occurrence>();
        foreach (var instance in instances)
        {
            if (byOriginalStart.TryGetValue(instance.StartsAt, out var known))
            {
                if (!known.Moved)
                    known.EndsAt = instance.EndsAt;
                continue;
            }
            var occurrence = new Occurrence
            {
                Id = Guid.CreateVersion7(now),
                EventId = catalogEvent.Id,
                OriginalStartsAt = instance.StartsAt,
                StartsAt = instance.StartsAt,
                EndsAt = instance.EndsAt,
                Status = OccurrenceStatus.Scheduled,
            };
            catalogEvent.Occurrences.Add(occurrence);
            added.Add(occurrence);
        }

        var cancelled = new List<Occurrence>();
        var removed = 0;
        if (dropMissing)
        {
            var generated = instances.Select(i => i.StartsAt).ToHashSet();
            var missing = catalogEvent.Occurrences
                .Where(o => !generated.Contains(o.OriginalStartsAt) && o.EndsAt > now && o.Status == OccurrenceStatus.Scheduled)
                .ToList();
            foreach (var occurrence in missing)
            {
                if (catalogEvent.Status == EventStatus.Draft && catalogEvent.PublishedAt is null)
                {
                    catalogEvent.Occurrences.Remove(occurrence);
                    removed++;
                }
                else
                {
                    occurrence.Status = OccurrenceStatus.Cancelled;
                    occurrence.CancellationReason = RemovedFromScheduleReason;
                    cancelled.Add(occurrence);
                }
            }
        }
        return new Outcome(added, cancelled, removed);
    }
}
