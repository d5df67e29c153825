namespace Platform.ServiceDefaults.Messaging;

// Records that a consumer has handled a message, in the same transaction as the handling,
// so a redelivered message is recognised and skipped.
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
