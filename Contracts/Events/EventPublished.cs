namespace Platform.Contracts.Events;

// An event went on sale (first publish or publish again after unpublish).
public sealed record EventPublished(EventSnapshot Event, DateTimeOffset OccurredAt);
