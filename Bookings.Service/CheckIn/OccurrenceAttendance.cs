namespace Bookings.Service.CheckIn;

public sealed record OccurrenceAttendance(Guid OccurrenceId, IReadOnlyList<TicketTypeAttendance> TicketTypes);

// Remaining = capacity - held - sold: what can still be bought right now.
public sealed record TicketTypeAttendance(Guid TicketTypeId, string? TicketTypeName, int Capacity, int Sold, int Held, int CheckedIn, int Remaining);
