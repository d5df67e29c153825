using Bookings.Service.Catalog;
using Bookings.Service.Catalog.Memory;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Ordering;

// An organizer's attendance rules for workshop- or session-style events. Runs inside the placement
// transaction: the per-(customer, organization) lock makes a second concurrent request of the same
// customer wait for the first to commit, so it then sees that booking and is refused.
public static class AttendanceRules
{
    static readonly string[] HoldingSeats = [nameof(BookingStatus.AwaitingPayment), nameof(BookingStatus.Confirmed)];

    public static async Task<AttendanceConflict?> CheckAsync(
        BookingsDbContext db, CatalogMemory memory, Guid customerId, CatalogEvent catalogEvent, CatalogOccurrence occurrence, CancellationToken cancellationToken)
    {
        var organizationId = catalogEvent.OrganizationId;
        // An existing booking's event can carry the overlap rule even when this one does not.
        var overlapRuleInForce = catalogEvent.NoOverlappingBookings
            || await memory.OverlapRuleInForceAsync(organizationId,
                () => db.Set<CatalogEvent>().AnyAsync(e => e.OrganizationId == organizationId && e.NoOverlappingBookings, cancellationToken));
        var onePerOccurrence = catalogEvent.OneBookingPerOccurrence;
        if (!overlapRuleInForce && !onePerOccurrence)
            return null;

        var (customerKey, organizationKey) = (LockKey(customerId), LockKey(organizationId));
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({customerKey}, {organizationKey})", cancellationToken);

        var newEventForbidsOverlap = catalogEvent.NoOverlappingBookings;
        var (startsAt, endsAt) = (occurrence.StartsAt, occurrence.EndsAt);
        var conflicting = await (
                from booking in db.Set<Booking>()
                join bookedEvent in db.Set<CatalogEvent>() on booking.EventId equals bookedEvent.Id
                where booking.CustomerId == customerId
                      && booking.OrganizationId == organizationId
                      && HoldingSeats.Contains(booking.Saga.CurrentState)
                      && ((onePerOccurrence && booking.OccurrenceId == occurrence.Id)
                          || ((newEventForbidsOverlap || bookedEvent.NoOverlappingBookings)
                              && booking.OccurrenceId != occurrence.Id
                              && booking.StartsAt < endsAt && startsAt < booking.EndsAt))
                orderby booking.CreatedAt
                select new { booking.Id, booking.OccurrenceId, booking.EventTitle, booking.StartsAt, booking.EndsAt })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (conflicting is null)
            return null;

        var rule = conflicting.OccurrenceId == occurrence.Id ? AttendanceConflict.OneBookingPerOccurrence : AttendanceConflict.NoOverlappingBookings;
        return new AttendanceConflict(rule, conflicting.Id, conflicting.EventTitle, conflicting.StartsAt, conflicting.EndsAt);
    }

    // Two 32-bit keys: a key space apart from the single 64-bit keys the migrator locks on.
    static int LockKey(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes[..4]) ^ BitConverter.ToInt32(bytes[4..8]) ^ BitConverter.ToInt32(bytes[8..12]) ^ BitConverter.ToInt32(bytes[12..]);
    }
}
