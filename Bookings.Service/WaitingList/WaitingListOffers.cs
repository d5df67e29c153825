using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.WaitingList;

// One step of the offer worker per call, each in its own short transaction. Instances share the work:
// lapses are claimed with SKIP LOCKED; offers for one counter are made by whichever instance gets the
// counter's advisory lock, so the line is served strictly in join order and never offered twice.
public sealed class WaitingListOffers(
    BookingsDbContext db,
    IIntegrationEventOutbox outbox,
    IOptions<WaitingListOptions> options,
    IOptions<PlatformAuthenticationOptions> platform,
    TimeProvider time)
{
    public static string ClaimPath(Guid entryId) => $"/api/bookings/waiting-list/{entryId}/claim";

    // False when no offer is due (or every due one is being lapsed by another instance).
    public Task<bool> LapseNextAsync(CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            var now = WaitingListClock.Now(time);
            var due = await db.Set<WaitingListEntry>()
                .FromSql($"SELECT * FROM waiting_list_entries WHERE status = 'Offered' AND offer_expires_at <= {now} ORDER BY offer_expires_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .AsNoTracking().ToListAsync(cancellationToken);
            if (due.Count == 0)
                return false;
            var entry = due[0];
            var lapsed = await db.Database.ExecuteSqlAsync(
                $"UPDATE waiting_list_entries SET status = 'Lapsed', updated_at = {now} WHERE id = {entry.Id} AND status = 'Offered'",
                cancellationToken);
            // The row lock makes this 1; were it ever 0, releasing the seats would give them back twice.
            if (lapsed != 1)
                return false;
            await WaitingListSeats.ReleaseAsync(db, entry, cancellationToken);
            outbox.Add(new WaitingListOfferLapsed(entry.ToParties(), entry.Quantity, entry.OfferExpiresAt ?? now, now));
            return true;
        }, cancellationToken);

    // Counters with someone waiting and at least one free seat, where the occurrence is still on sale.
    public async Task<IReadOnlyList<(Guid OccurrenceId, Guid TicketTypeId)>> CountersToServeAsync(CancellationToken cancellationToken)
    {
        var now = WaitingListClock.Now(time);
        var firsts = await db.Set<WaitingListEntry>()
            .FromSql(
                $"""
                SELECT DISTINCT ON (e.occurrence_id, e.ticket_type_id) e.*
                FROM waiting_list_entries e
                JOIN inventory_counters c ON c.occurrence_id = e.occurrence_id AND c.ticket_type_id = e.ticket_type_id
                JOIN catalog_occurrences o ON o.id = e.occurrence_id
                JOIN catalog_events ev ON ev.id = o.event_id
                WHERE e.status = 'Waiting' AND c.capacity - c.held - c.sold > 0
                  AND ev.status = 'Published' AND o.status = 'Scheduled' AND o.starts_at > {now}
                ORDER BY e.occurrence_id, e.ticket_type_id, e.joined_at, e.id
                LIMIT {options.Value.BatchSize}
                """)
            .AsNoTracking().ToListAsync(cancellationToken);
        return firsts.Select(e => (e.OccurrenceId, e.TicketTypeId)).ToList();
    }

    // Offers the counter's free seats to the first in line; false when the first does not fit (strict
    // order: nobody behind them is served first), nobody waits, or another instance serves this counter.
    public Task<bool> OfferNextAsync(Guid occurrenceId, Guid ticketTypeId, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            var counterKey = $"waiting-list:{occurrenceId:N}:{ticketTypeId:N}";
            var mine = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtextextended({counterKey}, 0)) AS \"Value\"")
                .SingleAsync(cancellationToken);
            if (!mine)
                return false;
            var first = await db.Set<WaitingListEntry>()
                .FromSql(
                    $"""
                    SELECT * FROM waiting_list_entries
                    WHERE occurrence_id = {occurrenceId} AND ticket_type_id = {ticketTypeId} AND status = 'Waiting'
                    ORDER BY joined_at, id LIMIT 1 FOR UPDATE
                    """)
                .AsNoTracking().ToListAsync(cancellationToken);
            if (first.Count == 0 || !await WaitingListSeats.TryHoldAsync(db, first[0], cancellationToken))
                return false;

            var entry = first[0];
            var now = WaitingListClock.Now(time);
            var expiresAt = now + options.Value.ClaimWindow;
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE waiting_list_entries SET status = 'Offered', offered_at = {now}, offer_expires_at = {expiresAt}, updated_at = {now}
                WHERE id = {entry.Id} AND status = 'Waiting'
                """,
                cancellationToken);
            outbox.Add(new WaitingListOfferMade(entry.ToParties(), entry.Quantity, expiresAt, platform.Value.Issuer + ClaimPath(entry.Id).TrimStart('/'), now));
            return true;
        }, cancellationToken);

    Task<bool> InTransactionAsync(Func<Task<bool>> step, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await step())
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
}
