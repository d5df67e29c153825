using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.Options;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Model;
using Platform.Gateway.GraphQL.Paging;

namespace Platform.Gateway.GraphQL.Types;

// What owners and staff see of their organization. Another organization's data answers NOT_FOUND, as in REST.
public sealed class OrganizationGraphType : ObjectGraphType<Organization>
{
    public OrganizationGraphType(IOptions<GraphQLOptions> options)
    {
        Name = "Organization";
        Description = "An organization (tenant) the caller is owner or staff of.";
        var max = options.Value.MaxPageSize;

        Field<NonNullGraphType<IdGraphType>, Guid>("id").Resolve(context => context.Source.Id);

        Field<NonNullGraphType<ConnectionType<EventSummaryGraphType>>, Connection<EventSummary>>("events")
            .Description("The organization's events in any state, by start.")
            .Argument<StringGraphType>("status", "Draft, Published or Cancelled; all when omitted.")
            .PageArguments(max)
            .ResolveAsync(async context => await ConnectionReader.ReadAsync<EventSummary>(context.First(), context.After(), async (page, size) =>
            {
                var status = context.GetArgument<string?>("status");
                var found = await context.GetAsync<EventPage>(ServiceNames.Events,
                    $"/api/events/organizations/{context.Source.Id}/events?page={page}&pageSize={size}{(status is null ? "" : "&status=" + Uri.EscapeDataString(status))}");
                return (found.Items, found.TotalCount);
            }));

        Field<EventGraphType, EventDetail>("event")
            .Description("One of the organization's events, drafts included.")
            .IdArgument("id")
            .ResolveAsync(async context => await context.GetAsync<EventDetail>(ServiceNames.Events,
                $"/api/events/organizations/{context.Source.Id}/events/{context.Id("id")}"));

        Field<AutoRegisteringObjectGraphType<Attendance>, Attendance>("attendance")
            .Description("Door counts of one occurrence per ticket type: capacity, sold, held, checked in, remaining.")
            .IdArgument("occurrenceId")
            .ResolveAsync(async context => await context.GetAsync<Attendance>(ServiceNames.Bookings,
                $"/api/bookings/occurrences/{context.Id("occurrenceId")}/attendance"));

        Field<NonNullGraphType<EventWaitingListGraphType>, EventWaitingList>("waitingList")
            .Description("An event's waiting list in line order, with a summary per (occurrence, ticket type).")
            .IdArgument("eventId")
            .Argument<StringGraphType>("status", "Waiting, Offered, Claimed, Lapsed, Left or Closed; all when omitted.")
            .PageArguments(max)
            .ResolveAsync(async context =>
            {
                var status = context.GetArgument<string?>("status");
                IReadOnlyList<WaitingLineSummary> summary = [];
                var entries = await ConnectionReader.ReadAsync<OrganizerWaitingListEntry>(context.First(), context.After(), async (page, size) =>
                {
                    var found = await context.GetAsync<OrganizerWaitingList>(ServiceNames.Bookings,
                        $"/api/bookings/organizations/{context.Source.Id}/events/{context.Id("eventId")}/waiting-list?page={page}&pageSize={size}"
                        + (status is null ? "" : "&status=" + Uri.EscapeDataString(status)));
                    summary = found.Summary;
                    return (found.Items, found.TotalCount);
                });
                return new EventWaitingList(entries, summary);
            });
    }
}

public sealed class EventWaitingListGraphType : ObjectGraphType<EventWaitingList>
{
    public EventWaitingListGraphType()
    {
        Name = "EventWaitingList";
        Field<NonNullGraphType<ConnectionType<OrganizerWaitingListEntryGraphType>>, Connection<OrganizerWaitingListEntry>>("entries")
            .Resolve(context => context.Source.Entries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<WaitingLineSummary>>>>, IReadOnlyList<WaitingLineSummary>>("summary")
            .Resolve(context => context.Source.Summary);
    }
}
