using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Model;

namespace Platform.Gateway.GraphQL.Types;

// A booking, its event (batched: one call to Events for every booking in the answer) and its tickets.
public sealed class BookingGraphType : AutoRegisteringObjectGraphType<Booking>
{
    public BookingGraphType()
    {
        Description = "A customer's booking: seats held, then paid (Confirmed) with tickets, or Failed, Expired, Cancelled, Refunded.";
        Field<EventSummaryGraphType, IDataLoaderResult<EventSummary?>>("event")
            .Description("The booked event as the catalog shows it now; null if it is no longer public.")
            .Resolve(context => context.Events().Load(context.Source.EventId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<Ticket>>>>, IReadOnlyList<Ticket>>("tickets")
            .Description("One ticket per admission once the booking is confirmed; empty before.")
            .ResolveAsync(async context => await context.GetAsync<List<Ticket>>(ServiceNames.Bookings, $"/api/bookings/{context.Source.Id}/tickets"));
    }
}
