using GraphQL.Types;
using Platform.Gateway.GraphQL.Model;

namespace Platform.Gateway.GraphQL.Types;

// Node types of connections, named so their connections read WaitingListEntryConnection and so on.
public sealed class WaitingListEntryGraphType : AutoRegisteringObjectGraphType<WaitingListEntry>
{
    public WaitingListEntryGraphType() =>
        Description = "A place in a ticket type's line: Waiting, Offered (claim before offerExpiresAt), Claimed, Lapsed, Left or Closed.";
}

public sealed class NotificationGraphType : AutoRegisteringObjectGraphType<Notification>
{
    public NotificationGraphType() => Description = "An email the platform sent (or is sending) to the caller.";
}

public sealed class OrganizerWaitingListEntryGraphType : AutoRegisteringObjectGraphType<OrganizerWaitingListEntry>
{
    public OrganizerWaitingListEntryGraphType() => Description = "A customer's place in one of the organization's lines.";
}
