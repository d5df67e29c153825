using Bookings.Service.Domain;

namespace Bookings.Service.Inventory;

// The only code that changes inventory counters: each method is one atomic conditional UPDATE per
// line, lines in (occurrence, ticket type) order, run inside the caller's DbContext transaction so
// the change commits together with the booking, the saga state and the outbox rows.
public interface ISeatInventory
{
    // Holds every line or none: returns the ticket type that had too few seats left, or null. Seats wanted
    // by the waiting list are not left for a public booking (they go to the line first).
    Task<Guid?> TryHoldAsync(Guid occurrenceId, IReadOnlyList<BookingLine> lines, CancellationToken cancellationToken);

    // held -> released (failure, expiry).
    Task ReleaseHeldAsync(Booking booking, CancellationToken cancellationToken);

    // held -> sold (payment succeeded in time).
    Task SellHeldAsync(Booking booking, CancellationToken cancellationToken);

    // sold -> released (a confirmed booking was cancelled).
    Task ReturnSoldAsync(Booking booking, CancellationToken cancellationToken);
}
