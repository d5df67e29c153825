namespace Platform.Foundation.Tests.Messaging;

// Published by a test's observer to its own queue: once it comes back, everything queued before it has arrived.
public sealed record CaughtUpMarker(Guid Id);
