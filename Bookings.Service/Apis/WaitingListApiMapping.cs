using Bookings.Service.Infrastructure;
using Bookings.Service.WaitingList;

namespace Bookings.Service.Apis;

// The one place a WaitingListEntry becomes what customers read.
public static class WaitingListApiMapping
{
    public static async Task<WaitingListEntryDto> ToDtoAsync(this WaitingListEntry entry, BookingsDbContext db, CancellationToken cancellationToken) => new(
        entry.Id,
        entry.Status.ToString(),
        await WaitingLine.PositionAsync(db, entry, cancellationToken),
        entry.EventId,
        entry.OccurrenceId,
        entry.TicketTypeId,
        entry.EventTitle,
        entry.TicketTypeName,
        entry.StartsAt,
        entry.Quantity,
        entry.JoinedAt,
        entry.OfferExpiresAt,
        entry.BookingId,
        entry.Status == WaitingListStatus.Offered ? WaitingListOffers.ClaimPath(entry.Id) : null);
}
