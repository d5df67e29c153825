using Bookings.Service.Domain;

namespace Bookings.Service.Ordering;

public abstract record PlacementOutcome
{
    // Created is false when an earlier request with the same Idempotency-Key made it.
    public sealed record Placed(Booking Booking, bool Created) : PlacementOutcome;

    // The request breaks a sales rule (422), keyed by the field at fault.
    public sealed record Refused(string Title, Dictionary<string, string[]> Errors) : PlacementOutcome;

    public sealed record SoldOut(Guid TicketTypeId, string TicketTypeName, int SeatsLeft) : PlacementOutcome;
}
