namespace Platform.ServiceDefaults.Messaging;

// What one relay pass did: Failure is set when the broker refused or timed out, so the relay backs off.
internal sealed record OutboxBatch(int Selected, int Published, Exception? Failure)
{
    public static readonly OutboxBatch Empty = new(0, 0, null);
}
