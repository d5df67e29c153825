using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.Options;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Errors;
using Platform.Gateway.GraphQL.Model;
using Platform.Gateway.GraphQL.Paging;

namespace Platform.Gateway.GraphQL.Types;

// The signed-in customer: their profile from Auth, and what they bought, wait for and were mailed.
public sealed class MeGraphType : AutoRegisteringObjectGraphType<Profile>
{
    public MeGraphType(IOptions<GraphQLOptions> options)
    {
        Name = "Me";
        Description = "The caller, from their access token.";
        var max = options.Value.MaxPageSize;

        Field<NonNullGraphType<ConnectionType<BookingGraphType>>, Connection<Booking>>("bookings")
            .Description("The caller's bookings, newest first.")
            .PageArguments(max)
            .ResolveAsync(async context => await ConnectionReader.ReadAsync<Booking>(context.First(), context.After(), async (page, size) =>
            {
                var found = await context.GetAsync<BookingPage>(ServiceNames.Bookings, $"/api/bookings?page={page}&pageSize={size}");
                return (found.Items, found.TotalCount);
            }));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<Ticket>>>>, IReadOnlyList<Ticket>>("tickets")
            .Description("The tickets of the caller's confirmed bookings among their newest `bookings` (one call per confirmed booking).")
            .Argument<IntGraphType>("bookings", "How many of the newest bookings to look in, 1 to 20; 10 when omitted.", argument =>
            {
                argument.DefaultValue = 10;
                argument.Validate(value =>
                {
                    if (value is int n && n is < 1 or > 20)
                        throw FieldArguments.Refused(ErrorCodes.PageTooLarge, "bookings", "bookings must be between 1 and 20.");
                });
            })
            .ResolveAsync(async context =>
            {
                var recent = await context.GetAsync<BookingPage>(ServiceNames.Bookings, $"/api/bookings?page=1&pageSize={context.GetArgument("bookings", 10)}");
                var tickets = await Task.WhenAll(recent.Items.Where(b => b.Status == "Confirmed")
                    .Select(b => context.GetAsync<List<Ticket>>(ServiceNames.Bookings, $"/api/bookings/{b.Id}/tickets")));
                return tickets.SelectMany(t => t).ToList();
            });

        Field<NonNullGraphType<ConnectionType<WaitingListEntryGraphType>>, Connection<WaitingListEntry>>("waitingList")
            .Description("The caller's waiting-list entries, newest first, with their place in line.")
            .PageArguments(max)
            .ResolveAsync(async context => await ConnectionReader.ReadAsync<WaitingListEntry>(context.First(), context.After(), async (page, size) =>
            {
                var found = await context.GetAsync<WaitingListPage>(ServiceNames.Bookings, $"/api/bookings/waiting-list?page={page}&pageSize={size}");
                return (found.Items, found.TotalCount);
            }));

        Field<NonNullGraphType<ConnectionType<NotificationGraphType>>, Connection<Notification>>("notifications")
            .Description("The emails the platform sent the caller, newest first.")
            .PageArguments(max)
            .ResolveAsync(async context => await ConnectionReader.ReadAsync<Notification>(context.First(), context.After(), async (page, size) =>
            {
                var found = await context.GetAsync<NotificationPage>(ServiceNames.Notifications, $"/api/notifications/mine?page={page}&pageSize={size}");
                return (found.Items, found.TotalCount);
            }));
    }
}
