using System.ComponentModel;

namespace Bookings.Service.CheckIn;

public sealed record OccurrenceAttendance(
    [Description("Id of the occurrence.")] Guid OccurrenceId,
    [Description("The counts per ticket type.")] IReadOnlyList<TicketTypeAttendance> TicketTypes);

// Remaining = capacity - held - sold: what can still be bought right now.
public sealed record TicketTypeAttendance(
    [Description("Id of the ticket type.")] Guid TicketTypeId,
    [Description("Name of the ticket type, once a booking has named it.")] string? TicketTypeName,
    [Description("Seats of this type at the occurrence.")] int Capacity,
    [Description("Seats paid for.")] int Sold,
    [Description("Seats held by bookings awaiting payment.")] int Held,
    [Description("Tickets admitted at the door.")] int CheckedIn,
    [Description("Seats that can still be bought: capacity less held and sold.")] int Remaining);
