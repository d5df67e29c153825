using System.Collections.Concurrent;

namespace Platform.Foundation.Tests.Messaging;

// What the test consumers saw, per host: every delivery, including duplicates and failed attempts.
public sealed class DeliveryLog
{
    public ConcurrentQueue<Delivery> Deliveries { get; } = new();

    public void Record(Delivery delivery) => Deliveries.Enqueue(delivery);

    public int CountFor(Guid messageId) => Deliveries.Count(d => d.MessageId == messageId);
}

public sealed record Delivery(Guid? MessageId, Guid Subject, string? CorrelationId, string? TraceId);
