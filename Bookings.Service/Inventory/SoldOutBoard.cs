using System.Collections.Concurrent;
using Bookings.Service.Signals;

namespace Bookings.Service.Inventory;

// Ticket types known to have no seat left, so a hot drop's late buyers are answered without a seat
// counter look. A mark lasts a second at most: seats that come back are announced at once (the
// "reopened" signal), and the lifetime bounds what a missed or overtaken signal can cost.
public sealed class SoldOutBoard(TimeProvider time, MemoryTrust trust)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    readonly ConcurrentDictionary<(Guid OccurrenceId, Guid TicketTypeId), DateTimeOffset> soldOutUntil = new();
    readonly ConcurrentDictionary<(Guid OccurrenceId, Guid TicketTypeId), long> lastReopening = new();
    long reopenings;

    public bool IsSoldOut(Guid occurrenceId, Guid ticketTypeId) =>
        trust.Trusted && soldOutUntil.TryGetValue((occurrenceId, ticketTypeId), out var until) && time.GetUtcNow() < until;

    // Taken before looking at the counters: seats that came back after it win over what the look found.
    public long Look() => Interlocked.Read(ref reopenings);

    public void SoldOut(Guid occurrenceId, Guid ticketTypeId, long look)
    {
        var key = (occurrenceId, ticketTypeId);
        if (lastReopening.TryGetValue(key, out var reopening) && reopening > look)
            return;
        soldOutUntil[key] = time.GetUtcNow() + Lifetime;
    }

    // Another instance found none left; a reopening that overtook its signal is lost for a second at most.
    public void SoldOutElsewhere(Guid occurrenceId, Guid ticketTypeId) => SoldOut(occurrenceId, ticketTypeId, Look());

    public void Reopened(Guid occurrenceId, Guid ticketTypeId)
    {
        var key = (occurrenceId, ticketTypeId);
        lastReopening[key] = Interlocked.Increment(ref reopenings);
        soldOutUntil.TryRemove(key, out _);
    }

    public void ForgetEverything()
    {
        soldOutUntil.Clear();
        lastReopening.Clear();
    }
}
