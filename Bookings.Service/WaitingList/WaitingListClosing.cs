using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.WaitingList;

// Closes every entry still in line for a cancelled event or occurrence, in the caller's transaction (the
// cancellation cascade's inbox transaction). Each UPDATE is conditional on the status it leaves and returns
// the rows it changed, so a claim, a lapse or a redelivery racing it changes each entry at most once.
public sealed class WaitingListClosing(BookingsDbContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public const string EventCancelled = "event_cancelled";
    public const string OccurrenceCancelled = "occurrence_cancelled";

    public async Task<int> CloseAsync(Guid eventId, Guid? occurrenceId, CancellationToken cancellationToken)
    {
        var now = WaitingListClock.Now(time);
        var reason = occurrenceId is null ? EventCancelled : OccurrenceCancelled;
        var offered = await CloseWhereAsync(eventId, occurrenceId, "Offered", now, cancellationToken);
        foreach (var entry in offered.OrderBy(e => e.OccurrenceId).ThenBy(e => e.TicketTypeId))
            await WaitingListSeats.ReleaseAsync(db, entry, cancellationToken);
        var waiting = await CloseWhereAsync(eventId, occurrenceId, "Waiting", now, cancellationToken);

        foreach (var entry in offered)
            outbox.Add(new WaitingListClosed(entry.ToParties(), entry.Quantity, reason, HadOffer: true, now), entry.Id.ToString());
        foreach (var entry in waiting)
            outbox.Add(new WaitingListClosed(entry.ToParties(), entry.Quantity, reason, HadOffer: false, now), entry.Id.ToString());
        return offered.Count + waiting.Count;
    }

    Task<List<WaitingListEntry>> CloseWhereAsync(Guid eventId, Guid? occurrenceId, string status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var closed = occurrenceId is { } occurrence
            ? db.Set<WaitingListEntry>().FromSql(
                $"""
                UPDATE waiting_list_entries SET status = 'Closed', updated_at = {now}
                WHERE event_id = {eventId} AND occurrence_id = {occurrence} AND status = {status}
                RETURNING *
                """)
            : db.Set<WaitingListEntry>().FromSql(
                $"""
                UPDATE waiting_list_entries SET status = 'Closed', updated_at = {now}
                WHERE event_id = {eventId} AND status = {status}
                RETURNING *
                """);
        return closed.AsNoTracking().ToListAsync(cancellationToken);
    }
}
