using System.Security.Claims;
using Bookings.Service.Catalog;
using Bookings.Service.Catalog.Memory;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Bookings.Service.Ordering;
using Bookings.Service.Saga;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.WaitingList;

// Turns an open offer into a booking in one transaction: Offered -> Claimed only while the offer runs
// (one conditional update, so a claim and the lapse worker cannot both win), the per-customer count,
// the organizer's attendance rules (a refusal rolls back, so the offer stays open),
// and a booking that takes over the seats already held for the offer, so nothing is held twice.
// Its saga starts with it, as placement's does: an ordinary booking, through payment, confirmation, failure or expiry.
public sealed class WaitingListClaim(
    BookingsDbContext db,
    IIntegrationEventOutbox outbox,
    BookingSagaStart sagaStart,
    IOptions<BookingsOptions> bookingOptions,
    CatalogMemory catalogMemory,
    TimeProvider time)
{
    public async Task<ClaimOutcome> ClaimAsync(ClaimsPrincipal customer, Guid entryId, string idempotencyKey, CancellationToken cancellationToken)
    {
        var customerId = customer.UserId();
        var entry = await db.Set<WaitingListEntry>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == entryId && e.CustomerId == customerId, cancellationToken);
        if (entry is null)
            return new ClaimOutcome.NotFound();
        if (await ClaimedBeforeAsync(entry, cancellationToken) is { } before)
            return before;
        var keyTaken = await db.Set<Booking>().AsNoTracking()
            .AnyAsync(b => b.CustomerId == entry.CustomerId && b.IdempotencyKey == idempotencyKey, cancellationToken);
        if (keyTaken)
            return KeyReused();

        var now = WaitingListClock.Now(time);
        var catalogEvent = await db.Set<CatalogEvent>().AsNoTracking().Include(e => e.TicketTypes)
            .SingleOrDefaultAsync(e => e.Id == entry.EventId, cancellationToken);
        var ticketType = catalogEvent?.TicketTypes.SingleOrDefault(t => t.Id == entry.TicketTypeId);
        var occurrence = await db.Set<CatalogOccurrence>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == entry.OccurrenceId, cancellationToken);
        if (catalogEvent is null || ticketType is null || occurrence is null)
            return new ClaimOutcome.Refused("The ticket type is no longer sold.", new() { ["entryId"] = ["The event no longer sells this ticket type."] });

        var booking = NewBookingFor(customer, entry, catalogEvent, occurrence, ticketType, idempotencyKey, now);
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var claimed = await db.Database.ExecuteSqlAsync(
                    $"""
                    UPDATE waiting_list_entries SET status = 'Claimed', booking_id = {booking.Id}, updated_at = {now}
                    WHERE id = {entry.Id} AND status = 'Offered' AND offer_expires_at > {now}
                    """,
                    cancellationToken);
                if (claimed == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return await WhyNotAsync(entry.Id, cancellationToken);
                }
                if (await AttendanceRules.CheckAsync(db, catalogMemory, entry.CustomerId, catalogEvent, occurrence, cancellationToken) is { } conflict)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    // Rolling back reopens the offer: the customer may cancel the other booking and claim again.
                    return new ClaimOutcome.AttendanceRefused(conflict);
                }
                if (!await CustomerAdmissionLimit.TryAddAsync(db, entry.CustomerId, entry.OccurrenceId, entry.TicketTypeId, entry.Quantity, ticketType.MaxPerCustomer, cancellationToken))
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return new ClaimOutcome.Refused("The booking breaks a sales rule.", new()
                    {
                        ["quantity"] = [$"At most {ticketType.MaxPerCustomer} of {ticketType.Name} per customer, bookings awaiting payment included."],
                    });
                }
                sagaStart.Begin(booking, now);
                db.Add(booking);
                outbox.Add(NewBooking.Announcement(booking, now));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (ClaimOutcome)new ClaimOutcome.Claimed(booking, Created: true);
            });
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: BookingConfiguration.IdempotencyIndex })
        {
            db.ChangeTracker.Clear();
            return KeyReused();
        }
    }

    async Task<ClaimOutcome?> ClaimedBeforeAsync(WaitingListEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Status != WaitingListStatus.Claimed || entry.BookingId is not { } bookingId)
            return null;
        var booking = await db.Set<Booking>().AsNoTracking().SingleAsync(b => b.Id == bookingId, cancellationToken);
        return new ClaimOutcome.Claimed(booking, Created: false);
    }

    async Task<ClaimOutcome> WhyNotAsync(Guid entryId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var entry = await db.Set<WaitingListEntry>().AsNoTracking().SingleAsync(e => e.Id == entryId, cancellationToken);
        return entry.Status switch
        {
            WaitingListStatus.Claimed => await ClaimedBeforeAsync(entry, cancellationToken) ?? new ClaimOutcome.NotFound(),
            WaitingListStatus.Waiting => new ClaimOutcome.Conflict("not_offered", "No seats have been offered to this entry yet; you will get an email when they are."),
            WaitingListStatus.Left => new ClaimOutcome.Conflict("left", "This entry left the waiting list."),
            WaitingListStatus.Closed => new ClaimOutcome.Conflict("closed", "The organizer cancelled this event or occurrence, so its waiting list is closed."),
            _ => new ClaimOutcome.Conflict("offer_lapsed", $"The offer ran out at {entry.OfferExpiresAt:O} and its seats went to the next in line."),
        };
    }

    static ClaimOutcome.Refused KeyReused() => new("The Idempotency-Key was already used with another request.", new()
    {
        ["idempotencyKey"] = ["This Idempotency-Key was already used for another booking; use a new key."],
    });

    Booking NewBookingFor(
        ClaimsPrincipal customer, WaitingListEntry entry, CatalogEvent catalogEvent, CatalogOccurrence occurrence,
        CatalogTicketType ticketType, string idempotencyKey, DateTimeOffset now)
    {
        var line = NewBooking.Line(ticketType, entry.Quantity);
        var fingerprint = new WaitingListRequest(entry.OccurrenceId, entry.TicketTypeId, entry.Quantity).Fingerprint();
        return NewBooking.For(customer, entry.CustomerId, catalogEvent, occurrence, [line], coupon: null, bookingOptions.Value.HoldDuration, idempotencyKey, fingerprint, now);
    }
}
