using GraphQL.Types;
using Platform.Gateway.GraphQL.Model;

namespace Platform.Gateway.GraphQL.Types;

// An event as a list shows it (browse, an organization's events, a booking's event).
public sealed class EventSummaryGraphType : AutoRegisteringObjectGraphType<EventSummary>
{
    public EventSummaryGraphType() => Description = "A published event as listed: where, when, from what price, how many seats are left.";
}

// One event with its occurrences (each with seats left per ticket type) and its ticket types.
public sealed class EventGraphType : AutoRegisteringObjectGraphType<EventDetail>
{
    public EventGraphType()
    {
        Name = "Event";
        Description = "An event with its ticket types and occurrences; seats left are per occurrence and ticket type.";
    }
}
