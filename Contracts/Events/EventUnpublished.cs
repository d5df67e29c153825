namespace Platform.Contracts.Events;

// A published event went back to draft (only allowed while nothing is sold): sales stop.
public sealed record EventUnpublished(Guid EventId, Guid OrganizationId, long Version, DateTimeOffset OccurredAt);
