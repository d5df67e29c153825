using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Bookings.Service.CheckIn;

// What a door scanner sends: the occurrence being admitted to, and either the typed code or the QR's token.
public sealed record CheckInRequest(
    [Required, Description("The occurrence the door admits to; a ticket for another date is refused.")] Guid? OccurrenceId,
    [Description("The ticket's code as typed by staff; give this or token.")] string? Code,
    [Description("The signed token read from the ticket's QR code; give this or code.")] string? Token);

public sealed record CheckedInTicket(
    [Description("Id of the ticket.")] Guid Id,
    [Description("The ticket's code.")] string Code,
    [Description("Id of its ticket type.")] Guid TicketTypeId,
    [Description("Id of the occurrence it admits to.")] Guid OccurrenceId);

public sealed record CheckInResult(
    [Description("True when this scan admitted the ticket; false when it had been admitted before (checkedInAt says when).")] bool Admitted,
    [Description("The ticket scanned.")] CheckedInTicket Ticket,
    [Description("Name of the ticket's holder.")] string HolderName,
    [Description("Name of the ticket type.")] string TicketTypeName,
    [Description("When the ticket was first admitted.")] DateTimeOffset CheckedInAt);
