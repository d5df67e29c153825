namespace Platform.Contracts.Events;

// A published event changed (details, ticket types, occurrences added by the horizon job, ...).
public sealed record EventUpdated(EventSnapshot Event, DateTimeOffset OccurredAt);
