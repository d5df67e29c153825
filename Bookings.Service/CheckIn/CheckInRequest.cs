namespace Bookings.Service.CheckIn;

// What a door scanner sends: the occurrence being admitted to, and either the typed code or the QR's token.
public sealed record CheckInRequest(Guid? OccurrenceId, string? Code, string? Token);

public sealed record CheckedInTicket(Guid Id, string Code, Guid TicketTypeId, Guid OccurrenceId);

public sealed record CheckInResult(bool Admitted, CheckedInTicket Ticket, string HolderName, string TicketTypeName, DateTimeOffset CheckedInAt);
