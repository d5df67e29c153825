using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Signals;

// Seats coming back are announced by a trigger on inventory_counters (so no code path can forget it);
// a ticket type found sold out is announced by the instance that found it.
public static class SeatSignals
{
    public static Task SoldOutAsync(BookingsDbContext db, Guid occurrenceId, Guid ticketTypeId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"SELECT pg_notify({SignalChannels.Seats}, {SignalChannels.SeatsPayload(SignalChannels.SoldOut, occurrenceId, ticketTypeId)})",
            cancellationToken);
}
