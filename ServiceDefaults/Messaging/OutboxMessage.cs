namespace Platform.ServiceDefaults.Messaging;

// An integration message written in the same transaction as the state change that caused it;
// the outbox relay publishes it afterwards, so a rollback never publishes and a crash never loses it.
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    public string? CorrelationId { get; set; }
    public string? TraceParent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
