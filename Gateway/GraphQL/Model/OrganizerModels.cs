using GraphQL.Types.Relay.DataObjects;

namespace Platform.Gateway.GraphQL.Model;

// An organization the caller works for; its fields ask the services, which check the membership.
public sealed record Organization(Guid Id);

// An event's waiting list for its organizer: entries in line order and a summary per line.
public sealed record EventWaitingList(Connection<OrganizerWaitingListEntry> Entries, IReadOnlyList<WaitingLineSummary> Summary);
