namespace Bookings.Service.Tickets.Transfer;

// The record of one ticket handed on by the booking's customer; its id keys the two emails it causes.
public sealed class TicketTransfer
{
    public Guid Id { get; init; }
    public Guid BookingId { get; init; }
    public Guid CustomerId { get; init; }
    public Guid OldTicketId { get; init; }
    public Guid NewTicketId { get; init; }
    public required string RecipientEmail { get; init; }
    public required string RecipientName { get; init; }
    public DateTimeOffset TransferredAt { get; init; }

    // The sender's Idempotency-Key and a hash of what it was sent with.
    public required string IdempotencyKey { get; init; }
    public required string RequestFingerprint { get; init; }
}
