namespace Platform.Contracts;

// Marker for messages that cross service boundaries; every one carries its own id and creation time.
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
