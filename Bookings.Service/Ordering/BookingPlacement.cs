using System.Security.Claims;
using Bookings.Service.Catalog;
using Bookings.Service.Catalog.Memory;
using Bookings.Service.Coupons;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Bookings.Service.Saga;
using Bookings.Service.Signals;
using Bookings.Service.WaitingList;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Ordering;

// Creates a booking and holds its seats in one short transaction: the booking row, the per-customer
// counts, the conditional holds (last, so the hot counter row stays locked only until the commit) and
// BookingCreated in the outbox commit together or not at all. Before it, only memory is asked: the
// catalog copy and which ticket types are sold out. The Idempotency-Key is checked by the booking's
// unique index; only a request that is refused reads it first, so a retry still finds its booking.
public sealed class BookingPlacement(
    BookingsDbContext db,
    ISeatInventory inventory,
    IIntegrationEventOutbox outbox,
    CouponLedger coupons,
    CatalogMemory catalog,
    SoldOutBoard soldOutBoard,
    BookingSagaStart sagaStart,
    IOptions<BookingsOptions> options,
    TimeProvider time)
{
    public async Task<PlacementOutcome> PlaceAsync(ClaimsPrincipal customer, string idempotencyKey, OrderRequest order, CancellationToken cancellationToken)
    {
        var customerId = customer.UserId() ?? throw new InvalidOperationException("A signed-in customer has a user id.");
        var fingerprint = order.Fingerprint();
        Task<PlacementOutcome> RefusedUnlessPlacedAsync(PlacementOutcome refusal) => UnlessPlacedAsync(customerId, idempotencyKey, fingerprint, refusal, cancellationToken);

        // Postgres keeps microseconds: the answer to this request and a later read then agree.
        var clock = time.GetUtcNow();
        var now = clock.AddTicks(-(clock.Ticks % TimeSpan.TicksPerMicrosecond));
        var onSale = await catalog.OccurrenceAsync(order.OccurrenceId, () => OccurrenceOnSale.LoadAsync(db, order.OccurrenceId, cancellationToken));
        var (catalogEvent, occurrence) = (onSale?.Event, onSale?.Occurrence);
        var errors = SaleRules.Check(catalogEvent, occurrence, order, now);
        if (errors.Count > 0)
            return await RefusedUnlessPlacedAsync(new PlacementOutcome.Refused("The booking breaks a sales rule.", errors));

        if (order.Lines.FirstOrDefault(l => soldOutBoard.IsSoldOut(order.OccurrenceId, l.TicketTypeId)) is { } soldOutLine)
        {
            var ticketType = catalogEvent!.TicketTypes.Single(t => t.Id == soldOutLine.TicketTypeId);
            return await RefusedUnlessPlacedAsync(new PlacementOutcome.SoldOut(ticketType.Id, ticketType.Name, SeatsLeft: 0));
        }

        var coupon = order.CouponCode is { } code ? await coupons.FindAsync(catalogEvent!.OrganizationId, code, cancellationToken) : null;
        if (order.CouponCode is not null && coupon is null)
            return await RefusedUnlessPlacedAsync(new CouponRefused(CouponRefusal.UnknownCode));
        var booking = NewBookingFor(customer, customerId, idempotencyKey, fingerprint, order, catalogEvent!, occurrence!, coupon, now);
        if (coupon is not null && CouponEligibility.Check(coupon, booking.EventId, booking.Lines, booking.Currency, now) is { } refusal)
            return await RefusedUnlessPlacedAsync(new CouponRefused(refusal));
        var look = soldOutBoard.Look();
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (await AttendanceRules.CheckAsync(db, catalog, customerId, catalogEvent!, occurrence!, cancellationToken) is { } conflict)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    // A concurrent retry with the same key waited on the rule's lock for the booking it then finds.
                    return await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken) ?? conflict;
                }
                sagaStart.Begin(booking, now);
                db.Add(booking);
                outbox.Add(NewBooking.Announcement(booking, now));
                await db.SaveChangesAsync(cancellationToken);

                foreach (var line in order.Lines.OrderBy(l => l.TicketTypeId))
                {
                    var ticketType = catalogEvent!.TicketTypes.Single(t => t.Id == line.TicketTypeId);
                    if (!await CustomerAdmissionLimit.TryAddAsync(db, customerId, order.OccurrenceId, line.TicketTypeId, line.Quantity, ticketType.MaxPerCustomer, cancellationToken))
                    {
                        await transaction.RollbackAsync(cancellationToken);
                        return new PlacementOutcome.Refused("The booking breaks a sales rule.", new()
                        {
                            [line.Field("quantity")] = [$"At most {ticketType.MaxPerCustomer} of {ticketType.Name} per customer, bookings awaiting payment included."],
                        });
                    }
                }

                if (await inventory.TryHoldAsync(order.OccurrenceId, booking.Lines, cancellationToken) is { } shortTicketType)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return await SoldOutAsync(order.OccurrenceId, catalogEvent!.TicketTypes.Single(t => t.Id == shortTicketType), look, cancellationToken);
                }

                // After the seat counters, like the saga's give-back: one lock order for both.
                if (coupon is not null && await coupons.RedeemAsync(coupon, booking, now, cancellationToken) is { } couponRefusal)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return new CouponRefused(couponRefusal);
                }

                await transaction.CommitAsync(cancellationToken);
                return (PlacementOutcome)new PlacementOutcome.Placed(booking, Created: true);
            });
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: BookingConfiguration.IdempotencyIndex })
        {
            // A concurrent request with the same key committed first.
            db.ChangeTracker.Clear();
            return await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken)
                ?? throw new InvalidOperationException("The booking that took this Idempotency-Key is not readable.", exception);
        }
    }

    async Task<PlacementOutcome?> ExistingAsync(Guid customerId, string idempotencyKey, string fingerprint, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Booking>().AsNoTracking()
            .SingleOrDefaultAsync(b => b.CustomerId == customerId && b.IdempotencyKey == idempotencyKey, cancellationToken);
        if (existing is null)
            return null;
        if (existing.RequestFingerprint == fingerprint)
            return new PlacementOutcome.Placed(existing, Created: false);
        return new PlacementOutcome.Refused("The Idempotency-Key was already used with another request.", new()
        {
            ["idempotencyKey"] = ["This Idempotency-Key was already used with a different request body; use a new key for a new booking."],
        });
    }

    async Task<PlacementOutcome> UnlessPlacedAsync(Guid customerId, string idempotencyKey, string fingerprint, PlacementOutcome refusal, CancellationToken cancellationToken) =>
        await ExistingAsync(customerId, idempotencyKey, fingerprint, cancellationToken) ?? refusal;

    // With no seat left, every instance answers the next buyers from memory until seats come back.
    async Task<PlacementOutcome> SoldOutAsync(Guid occurrenceId, CatalogTicketType ticketType, long look, CancellationToken cancellationToken)
    {
        var seatsLeft = await WaitingLine.SeatsLeftForPublicAsync(db, occurrenceId, ticketType.Id, cancellationToken);
        if (seatsLeft == 0 && !soldOutBoard.IsSoldOut(occurrenceId, ticketType.Id))
        {
            soldOutBoard.SoldOut(occurrenceId, ticketType.Id, look);
            await SeatSignals.SoldOutAsync(db, occurrenceId, ticketType.Id, cancellationToken);
        }
        return new PlacementOutcome.SoldOut(ticketType.Id, ticketType.Name, seatsLeft);
    }

    Booking NewBookingFor(
        ClaimsPrincipal customer, Guid customerId, string idempotencyKey, string fingerprint,
        OrderRequest order, CatalogEvent catalogEvent, CatalogOccurrence occurrence, Coupon? coupon, DateTimeOffset now)
    {
        var lines = order.Lines
            .Select(line => NewBooking.Line(catalogEvent.TicketTypes.Single(t => t.Id == line.TicketTypeId), line.Quantity))
            .ToList();
        var applied = coupon is null ? null : new AppliedCoupon(coupon.Id, coupon.Code, CouponDiscount.Of(coupon, lines));
        return NewBooking.For(customer, customerId, catalogEvent, occurrence, lines, applied, options.Value.HoldDuration, idempotencyKey, fingerprint, now);
    }
}
