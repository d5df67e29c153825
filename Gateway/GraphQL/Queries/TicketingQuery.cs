using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.Options;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Model;
using Platform.Gateway.GraphQL.Paging;
using Platform.Gateway.GraphQL.Types;

namespace Platform.Gateway.GraphQL.Queries;

// Reading: the public catalog for anyone; the caller's own bookings and payments; their organizations' data.
public sealed class TicketingQuery : ObjectGraphType
{
    public TicketingQuery(IOptions<GraphQLOptions> options)
    {
        Name = "Query";
        var max = options.Value.MaxPageSize;

        Field<ConnectionType<EventSummaryGraphType>, Connection<EventSummary>>("events")
            .Description("Published events, filtered and ordered as the REST browse does; anonymous.")
            .Argument<AutoRegisteringInputObjectGraphType<EventFilter>>("filter")
            .Argument<AutoRegisteringInputObjectGraphType<EventOrder>>("orderBy")
            .PageArguments(max)
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<EventFilter?>("filter");
                var order = context.GetArgument<EventOrder?>("orderBy");
                return await ConnectionReader.ReadAsync<EventSummary>(context.First(), context.After(), async (page, size) =>
                {
                    var found = await context.GetAsync<EventPage>(ServiceNames.Events, BrowseQueryString.For(filter, order, page, size));
                    return (found.Items, found.TotalCount);
                });
            });

        Field<EventGraphType, EventDetail>("event")
            .Description("A published (or cancelled) event with occurrences, ticket types and seats left; anonymous.")
            .IdArgument("id")
            .ResolveAsync(async context => await context.GetAsync<EventDetail>(ServiceNames.Events, $"/api/events/{context.Id("id")}"));

        Field<MeGraphType, Profile>("me")
            .Description("The signed-in caller; UNAUTHENTICATED without a valid access token.")
            .ResolveAsync(async context => await context.GetAsync<Profile>(ServiceNames.Auth, "/api/auth/me"));

        Field<BookingGraphType, Booking>("booking")
            .Description("One of the caller's bookings; another customer's is NOT_FOUND.")
            .IdArgument("id")
            .ResolveAsync(async context => await context.GetAsync<Booking>(ServiceNames.Bookings, $"/api/bookings/{context.Id("id")}"));

        Field<AutoRegisteringObjectGraphType<Payment>, Payment>("payment")
            .Description("One of the caller's payments, with how to pay it while it awaits confirmation.")
            .IdArgument("id")
            .ResolveAsync(async context => await context.GetAsync<Payment>(ServiceNames.Payments, $"/api/payments/{context.Id("id")}"));

        Field<NonNullGraphType<OrganizationGraphType>, Organization>("organization")
            .Description("An organization the caller is owner or staff of; each field checks the membership.")
            .IdArgument("id")
            .Resolve(context => new Organization(context.Id("id")));
    }
}
