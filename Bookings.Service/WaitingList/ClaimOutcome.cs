using Bookings.Service.Domain;
using Bookings.Service.Ordering;

namespace Bookings.Service.WaitingList;

public abstract record ClaimOutcome
{
    // Created is false when the entry was claimed before (a retry): the same booking.
    public sealed record Claimed(Booking Booking, bool Created) : ClaimOutcome;

    public sealed record NotFound : ClaimOutcome;

    // 409: not_offered, offer_lapsed, left, closed.
    public sealed record Conflict(string Reason, string Detail) : ClaimOutcome;

    // 409 as for a booking: an active booking breaks an attendance rule; the offer stays open.
    public sealed record AttendanceRefused(AttendanceConflict Broken) : ClaimOutcome;

    // 422, keyed by the field at fault.
    public sealed record Refused(string Title, Dictionary<string, string[]> Errors) : ClaimOutcome;
}
