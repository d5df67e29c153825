namespace Bookings.Service.Tickets;

// One admission of a confirmed booking. Code is what a person can type; SignedToken is what the QR holds.
public sealed class Ticket
{
    public Guid Id { get; init; }
    public Guid BookingId { get; init; }
    public Guid CustomerId { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid EventId { get; init; }
    public Guid OccurrenceId { get; init; }
    public Guid TicketTypeId { get; init; }
    public required string TicketTypeName { get; init; }
    public required string HolderName { get; init; }
    public required string Code { get; init; }
    public required string SignedToken { get; init; }
    public DateTimeOffset IssuedAt { get; init; }

    // Set when the booking was cancelled; a voided ticket never admits.
    public DateTimeOffset? VoidedAt { get; set; }

    // Set once, by the first scan that admitted it (an atomic conditional update).
    public DateTimeOffset? CheckedInAt { get; set; }
    public Guid? CheckedInBy { get; set; }

    // Set once, by the transfer that won (an atomic conditional update); the code then never admits.
    public DateTimeOffset? TransferredAt { get; set; }
    public Guid? TransferredToTicketId { get; set; }
    public string? TransferredToEmail { get; set; }

    // A ticket issued by a transfer: its holder is the recipient, not the booking's customer.
    public Guid? TransferredFromTicketId { get; init; }
    public string? HolderEmail { get; init; }
}
