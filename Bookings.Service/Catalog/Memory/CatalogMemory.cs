using System.Collections.Concurrent;
using Bookings.Service.Signals;

namespace Bookings.Service.Catalog.Memory;

// The catalog copy a placement reads, kept in memory: what a hot drop asks thousands of times a second
// changes a few times a day. Every instance forgets an event as soon as any instance's catalog change
// commits (CatalogChangeSignal); a short lifetime bounds the damage of a signal that never arrived.
public sealed class CatalogMemory(TimeProvider time, MemoryTrust trust)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    readonly ConcurrentDictionary<Guid, Remembered<OccurrenceOnSale>> occurrences = new();
    readonly ConcurrentDictionary<Guid, Remembered<bool>> overlapRules = new();

    // Counts forgetting: a value loaded while something was forgotten may predate that change, so it is not kept.
    long generation;

    // Null when the occurrence is unknown; an unknown occurrence is not remembered, so a new one sells at once.
    public async ValueTask<OccurrenceOnSale?> OccurrenceAsync(Guid occurrenceId, Func<Task<OccurrenceOnSale?>> load)
    {
        if (trust.Trusted && occurrences.TryGetValue(occurrenceId, out var remembered) && remembered.FreshAt(time.GetUtcNow()))
            return remembered.Value;
        var before = Interlocked.Read(ref generation);
        var loaded = await load();
        if (loaded is not null && Interlocked.Read(ref generation) == before)
            occurrences[occurrenceId] = new(loaded, time.GetUtcNow() + Lifetime);
        return loaded;
    }

    // Whether any event of the organization forbids overlapping bookings: such a rule binds its other events too.
    public async ValueTask<bool> OverlapRuleInForceAsync(Guid organizationId, Func<Task<bool>> load)
    {
        if (trust.Trusted && overlapRules.TryGetValue(organizationId, out var remembered) && remembered.FreshAt(time.GetUtcNow()))
            return remembered.Value;
        var before = Interlocked.Read(ref generation);
        var loaded = await load();
        if (Interlocked.Read(ref generation) == before)
            overlapRules[organizationId] = new(loaded, time.GetUtcNow() + Lifetime);
        return loaded;
    }

    public void Forget(Guid eventId, Guid organizationId)
    {
        Interlocked.Increment(ref generation);
        overlapRules.TryRemove(organizationId, out _);
        foreach (var (occurrenceId, remembered) in occurrences)
        {
            if (remembered.Value.Event.Id == eventId)
                occurrences.TryRemove(occurrenceId, out _);
        }
    }

    // After signals may have been missed (the listening connection dropped).
    public void ForgetEverything()
    {
        Interlocked.Increment(ref generation);
        occurrences.Clear();
        overlapRules.Clear();
    }

    sealed record Remembered<T>(T Value, DateTimeOffset Until)
    {
        public bool FreshAt(DateTimeOffset now) => now < Until;
    }
}
