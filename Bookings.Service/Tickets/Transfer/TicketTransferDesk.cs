using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Tickets.Transfer;

// Hands a confirmed ticket on to someone else. One conditional UPDATE marks the old ticket transferred
// only while it is neither admitted, voided nor transferred, so a transfer racing a door scan (which
// updates the same row under the mirror condition) has exactly one winner; the recipient's ticket, the
// transfer record and TicketTransferred commit with it.
public sealed class TicketTransferDesk(
    BookingsDbContext db,
    RecipientTicket recipientTicket,
    IIntegrationEventOutbox outbox,
    TimeProvider time)
{
    public async Task<TransferOutcome> TransferAsync(Guid customerId, string idempotencyKey, TicketTransferOrder order, CancellationToken cancellationToken)
    {
        var fingerprint = order.Fingerprint();
        if (await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken) is { } earlier)
            return earlier;

        var booking = await db.Set<Booking>().AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == order.BookingId && b.CustomerId == customerId, cancellationToken);
        // Only the booking's own tickets: one received by transfer belongs to its recipient, not to this customer.
        var ticket = booking is null ? null : await db.Set<Ticket>().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == order.TicketId && t.BookingId == booking.Id && t.TransferredFromTicketId == null, cancellationToken);
        if (booking is null || ticket is null)
            return new TransferOutcome.NotFound();

        // Postgres keeps microseconds: the answer and a later read then name the same instant.
        var clock = time.GetUtcNow();
        var now = clock.AddTicks(-(clock.Ticks % TimeSpan.TicksPerMicrosecond));
        if (booking.Status != BookingStatus.Confirmed)
            return new TransferOutcome.Refused("not_confirmed", $"Only a confirmed booking's tickets can be transferred; this one is {booking.Status}.");
        if (now >= booking.StartsAt)
            return new TransferOutcome.Refused("event_started", $"The event started at {booking.StartsAt:O}; its tickets can no longer be transferred.");
        if (RefusalFor(ticket) is { } refusal)
            return refusal;

        var newTicket = await recipientTicket.IssueAsync(ticket, order, now, cancellationToken);
        var transfer = new TicketTransfer
        {
            Id = Guid.CreateVersion7(now),
            BookingId = booking.Id,
            CustomerId = customerId,
            OldTicketId = ticket.Id,
            NewTicketId = newTicket.Id,
            RecipientEmail = order.RecipientEmail,
            RecipientName = order.RecipientName,
            TransferredAt = now,
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = fingerprint,
        };
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (!await StillConfirmedAsync(booking.Id, cancellationToken))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return new TransferOutcome.Refused("not_confirmed", "The booking was cancelled meanwhile; its tickets can no longer be transferred.");
                }
                var marked = await db.Set<Ticket>()
                    .Where(t => t.Id == ticket.Id && t.CheckedInAt == null && t.VoidedAt == null && t.TransferredAt == null)
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(t => t.TransferredAt, now)
                        .SetProperty(t => t.TransferredToTicketId, newTicket.Id)
                        .SetProperty(t => t.TransferredToEmail, order.RecipientEmail), cancellationToken);
                if (marked == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    // A concurrent retry of this very request may be the one that won.
                    if (await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken) is { } retried)
                        return retried;
                    var current = await db.Set<Ticket>().AsNoTracking().SingleAsync(t => t.Id == ticket.Id, cancellationToken);
                    return RefusalFor(current) ?? throw new InvalidOperationException($"Ticket {ticket.Id} refused the transfer for no known reason.");
                }

                db.Add(newTicket);
                db.Add(transfer);
                outbox.Add(new TicketTransferred(
                    transfer.Id, booking.ToParties(), ticket.Id, transfer.RecipientEmail, transfer.RecipientName,
                    new IssuedTicket(newTicket.Id, newTicket.TicketTypeId, newTicket.TicketTypeName, newTicket.Code, newTicket.SignedToken),
                    now));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (TransferOutcome)new TransferOutcome.Transferred(TicketTransferResult.Of(transfer), Created: true);
            });
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: TicketTransferConfiguration.IdempotencyIndex })
        {
            // A concurrent request with the same key committed first.
            db.ChangeTracker.Clear();
            return await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken)
                ?? throw new InvalidOperationException("The transfer that took this Idempotency-Key is not readable.", exception);
        }
    }

    // Locks the booking's saga row first, as every saga transition does: a cancellation either committed
    // before (and the booking reads cancelled here) or waits for this transfer and then voids the
    // recipient's ticket along with the others. Without it, a cancellation could miss a ticket inserted
    // while it ran.
    async Task<bool> StillConfirmedAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM bookings WHERE id = {bookingId} FOR SHARE", cancellationToken);
        // A statement of its own, after the lock: it reads what a cancellation that held the lock committed.
        return await db.Set<Booking>().AnyAsync(b => b.Id == bookingId && b.Saga.CurrentState == nameof(BookingStatus.Confirmed), cancellationToken);
    }

    async Task<TransferOutcome?> ExistingAsync(Guid customerId, string idempotencyKey, string fingerprint, CancellationToken cancellationToken)
    {
        var existing = await db.Set<TicketTransfer>().AsNoTracking()
            .SingleOrDefaultAsync(t => t.CustomerId == customerId && t.IdempotencyKey == idempotencyKey, cancellationToken);
        if (existing is null)
            return null;
        return existing.RequestFingerprint == fingerprint
            ? new TransferOutcome.Transferred(TicketTransferResult.Of(existing), Created: false)
            : new TransferOutcome.KeyReused();
    }

    static TransferOutcome.Refused? RefusalFor(Ticket ticket) => ticket switch
    {
        { VoidedAt: not null } => new("voided", "The ticket was voided (its booking was cancelled)."),
        { CheckedInAt: { } admittedAt } => new("checked_in", $"The ticket was already admitted at {admittedAt:O}."),
        { TransferredAt: { } transferredAt } => new("already_transferred", $"The ticket was already transferred to {ticket.TransferredToEmail} at {transferredAt:O}."),
        _ => null,
    };
}
