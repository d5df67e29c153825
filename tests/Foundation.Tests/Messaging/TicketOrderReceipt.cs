namespace Platform.Foundation.Tests.Messaging;

// Written by the idempotent consumer: one row per handling, so a double handling is visible.
public sealed class TicketOrderReceipt
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
}
