namespace Bookings.Service.WaitingList;

public abstract record JoinOutcome
{
    // Created is false when an earlier request with the same Idempotency-Key made it.
    public sealed record Joined(WaitingListEntry Entry, bool Created) : JoinOutcome;

    // Bad input (400), keyed by the request's field.
    public sealed record Invalid(Dictionary<string, string[]> Errors) : JoinOutcome;

    // The catalog does not sell this now (422), keyed by the request's field, as for a booking.
    public sealed record Refused(string Title, Dictionary<string, string[]> Errors) : JoinOutcome;

    public sealed record SeatsAvailable(Guid TicketTypeId, string TicketTypeName, int SeatsLeft) : JoinOutcome;

    public sealed record AlreadyInLine(WaitingListEntry Existing) : JoinOutcome;
}
