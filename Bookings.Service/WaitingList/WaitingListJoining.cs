using System.Security.Claims;
using Bookings.Service.Catalog;
using Bookings.Service.Infrastructure;
using Bookings.Service.Ordering;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.WaitingList;

// A customer joining the line for a ticket type that has fewer seats left than they want: the same
// sales rules as a booking, then one insert that the one-active-entry index guards.
public sealed class WaitingListJoining(BookingsDbContext db, TimeProvider time)
{
    public async Task<JoinOutcome> JoinAsync(ClaimsPrincipal customer, string idempotencyKey, WaitingListRequest wanted, CancellationToken cancellationToken)
    {
        var customerId = customer.UserId() ?? throw new InvalidOperationException("A signed-in customer has a user id.");
        var fingerprint = wanted.Fingerprint();
        if (await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken) is { } earlier)
            return earlier;

        var now = WaitingListClock.Now(time);
        var occurrence = await db.Set<CatalogOccurrence>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == wanted.OccurrenceId, cancellationToken);
        var catalogEvent = occurrence is null ? null : await db.Set<CatalogEvent>().AsNoTracking()
            .Include(e => e.TicketTypes)
            .SingleOrDefaultAsync(e => e.Id == occurrence.EventId, cancellationToken);
        var errors = SaleRules.Check(catalogEvent, occurrence, wanted.AsOrder(), now)
            .ToDictionary(e => e.Key.Replace("lines[0].", "", StringComparison.Ordinal), e => e.Value);
        // A quantity the ticket type never sells in one order is bad input, not a momentary refusal.
        if (errors.TryGetValue("quantity", out var quantityErrors))
            return new JoinOutcome.Invalid(new() { ["quantity"] = quantityErrors });
        if (errors.Count > 0)
            return new JoinOutcome.Refused("Joining the waiting list breaks a sales rule.", errors);

        var ticketType = catalogEvent!.TicketTypes.Single(t => t.Id == wanted.TicketTypeId);
        var seatsLeft = await WaitingLine.SeatsLeftForPublicAsync(db, wanted.OccurrenceId, wanted.TicketTypeId, cancellationToken);
        if (seatsLeft >= wanted.Quantity)
            return new JoinOutcome.SeatsAvailable(ticketType.Id, ticketType.Name, seatsLeft);

        var entry = new WaitingListEntry
        {
            Id = Guid.CreateVersion7(now),
            CustomerId = customerId,
            CustomerEmail = customer.Email() ?? "",
            CustomerName = customer.DisplayName() is { Length: > 0 } name ? name : customer.Email() ?? "",
            OrganizationId = catalogEvent.OrganizationId,
            EventId = catalogEvent.Id,
            OccurrenceId = occurrence!.Id,
            TicketTypeId = ticketType.Id,
            EventTitle = catalogEvent.Title,
            TicketTypeName = ticketType.Name,
            StartsAt = occurrence.StartsAt,
            TimeZone = catalogEvent.TimeZone,
            Quantity = wanted.Quantity,
            Status = WaitingListStatus.Waiting,
            JoinedAt = now,
            UpdatedAt = now,
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = fingerprint,
        };
        try
        {
            db.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return new JoinOutcome.Joined(entry, Created: true);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            if (unique.ConstraintName == WaitingListEntryConfiguration.IdempotencyIndex)
                return await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken)
                    ?? throw new InvalidOperationException("The entry that took this Idempotency-Key is not readable.", exception);
            var active = await db.Set<WaitingListEntry>().AsNoTracking().FirstOrDefaultAsync(e =>
                e.CustomerId == customerId && e.OccurrenceId == wanted.OccurrenceId && e.TicketTypeId == wanted.TicketTypeId
                && (e.Status == WaitingListStatus.Waiting || e.Status == WaitingListStatus.Offered), cancellationToken);
            return active is null ? throw new InvalidOperationException("The active entry that refused this one is not readable.", exception) : new JoinOutcome.AlreadyInLine(active);
        }
    }

    async Task<JoinOutcome?> ExistingAsync(Guid customerId, string idempotencyKey, string fingerprint, CancellationToken cancellationToken)
    {
        var existing = await db.Set<WaitingListEntry>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.CustomerId == customerId && e.IdempotencyKey == idempotencyKey, cancellationToken);
        if (existing is null)
            return null;
        if (existing.RequestFingerprint == fingerprint)
            return new JoinOutcome.Joined(existing, Created: false);
        return new JoinOutcome.Refused("The Idempotency-Key was already used with another request.", new()
        {
            ["idempotencyKey"] = ["This Idempotency-Key was already used with a different request body; use a new key to join again."],
        });
    }
}
