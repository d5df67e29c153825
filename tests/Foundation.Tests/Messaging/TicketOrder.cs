namespace Platform.Foundation.Tests.Messaging;

// The state change an outbox message rides along with.
public sealed class TicketOrder
{
    public Guid Id { get; set; }
    public required string Buyer { get; set; }
}
