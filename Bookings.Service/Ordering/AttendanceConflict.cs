using Microsoft.AspNetCore.Mvc;

namespace Bookings.Service.Ordering;

// The customer already holds seats that an attendance rule of the organizer says cannot coexist with this booking (409).
public sealed record AttendanceConflict(
    string Rule,
    Guid ConflictingBookingId,
    string ConflictingEventTitle,
    DateTimeOffset ConflictingStartsAt,
    DateTimeOffset ConflictingEndsAt) : PlacementOutcome
{
    public const string NoOverlappingBookings = "noOverlappingBookings";
    public const string OneBookingPerOccurrence = "oneBookingPerOccurrence";

    public ProblemDetails ToProblemDetails() => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = Rule == OneBookingPerOccurrence
            ? "You already have a booking for this occurrence."
            : "You already have a booking at an overlapping time.",
        Detail = Rule == OneBookingPerOccurrence
            ? $"Booking {ConflictingBookingId} for {ConflictingEventTitle} is active; this event allows one booking per customer and occurrence."
            : $"Booking {ConflictingBookingId} for {ConflictingEventTitle} ({ConflictingStartsAt:u} to {ConflictingEndsAt:u}) overlaps this occurrence; these sessions cannot be attended at the same time.",
        Extensions =
        {
            ["rule"] = Rule,
            ["conflictingBookingId"] = ConflictingBookingId,
            ["conflictingEventTitle"] = ConflictingEventTitle,
            ["conflictingStartsAt"] = ConflictingStartsAt,
            ["conflictingEndsAt"] = ConflictingEndsAt,
        },
    };
}
