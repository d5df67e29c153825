using GraphQL.Types;
using Platform.Gateway.GraphQL.Mutations;
using Platform.Gateway.GraphQL.Queries;

namespace Platform.Gateway.GraphQL;

// The platform as one graph over the services' REST APIs; the gateway owns no data.
public sealed class TicketingSchema : Schema
{
    public TicketingSchema(IServiceProvider services, TicketingQuery query, TicketingMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Browse events, book, pay, read tickets, wait for sold-out seats; organizers manage events.";
    }
}
