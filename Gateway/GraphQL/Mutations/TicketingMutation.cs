using GraphQL;
using GraphQL.Types;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Errors;
using Platform.Gateway.GraphQL.Model;
using Platform.Gateway.GraphQL.Paging;
using Platform.Gateway.GraphQL.Types;
using Platform.Gateway.Throttling;

namespace Platform.Gateway.GraphQL.Mutations;

// The customer's whole path (book, pay, cancel, transfer, wait, claim) and the organizer's basics.
// Each is one REST call with the caller's token; the service decides and the error says why.
public sealed class TicketingMutation : ObjectGraphType
{
    public TicketingMutation()
    {
        Name = "Mutation";

        Field<BookingGraphType, Booking>("placeBooking")
            .Description("Holds seats and creates a booking awaiting payment. The same idempotencyKey and input give the same booking back. Counts against the booking budget.")
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<PlaceBookingInput>>>("input")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .ResolveAsync(async context =>
            {
                var caller = context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!;
                if (!context.RequestServices!.GetRequiredService<BookingBudget>().TrySpend(caller, out var retryAfter))
                    throw ServiceRefusal.Of(ErrorCodes.RateLimited, "Too many booking attempts; try again later.",
                        new() { ["status"] = 429, ["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.TotalSeconds) });
                return await context.PostAsync<Booking>(ServiceNames.Bookings, "/api/bookings",
                    context.GetArgument<PlaceBookingInput>("input"), context.GetArgument<string>("idempotencyKey"));
            });

        Field<AutoRegisteringObjectGraphType<Payment>, Payment>("confirmPayment")
            .Description("Pays a booking's payment with a Simulated provider's test card token (tok_success, tok_decline, …).")
            .IdArgument("paymentId")
            .Argument<NonNullGraphType<StringGraphType>>("cardToken")
            .ResolveAsync(async context => await context.PostAsync<Payment>(ServiceNames.Payments, $"/api/payments/{context.Id("paymentId")}/confirm",
                new { cardToken = context.GetArgument<string>("cardToken") }));

        Field<AutoRegisteringObjectGraphType<BookingCancellation>, BookingCancellation>("cancelBooking")
            .Description("Cancels a confirmed booking before the event's cancellation deadline; the payment is refunded.")
            .IdArgument("bookingId")
            .ResolveAsync(async context => await context.PostAsync<BookingCancellation>(ServiceNames.Bookings, $"/api/bookings/{context.Id("bookingId")}/cancel"));

        Field<AutoRegisteringObjectGraphType<TicketTransfer>, TicketTransfer>("transferTicket")
            .Description("Hands one ticket of a confirmed booking to someone else by email; the old code stops admitting.")
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<TransferTicketInput>>>("input")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TransferTicketInput>("input");
                return await context.PostAsync<TicketTransfer>(ServiceNames.Bookings, $"/api/bookings/{input.BookingId}/tickets/{input.TicketId}/transfer",
                    new { input.RecipientEmail, input.RecipientName }, context.GetArgument<string>("idempotencyKey"));
            });

        Field<WaitingListEntryGraphType, WaitingListEntry>("joinWaitingList")
            .Description("Joins a sold-out ticket type's line; CONFLICT reason seats_available while seats are left.")
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<JoinWaitingListInput>>>("input")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .ResolveAsync(async context => await context.PostAsync<WaitingListEntry>(ServiceNames.Bookings, "/api/bookings/waiting-list",
                context.GetArgument<JoinWaitingListInput>("input"), context.GetArgument<string>("idempotencyKey")));

        Field<BookingGraphType, Booking>("claimWaitingListOffer")
            .Description("Books the seats offered to a waiting-list entry before the offer runs out.")
            .IdArgument("entryId")
            .Argument<NonNullGraphType<StringGraphType>>("idempotencyKey")
            .ResolveAsync(async context => await context.PostAsync<Booking>(ServiceNames.Bookings, $"/api/bookings/waiting-list/{context.Id("entryId")}/claim",
                idempotencyKey: context.GetArgument<string>("idempotencyKey")));

        Field<EventGraphType, EventDetail>("createEvent")
            .Description("Creates a draft event in one of the caller's organizations.")
            .IdArgument("organizationId")
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<EventDraftInput>>>("input")
            .ResolveAsync(async context => await context.PostAsync<EventDetail>(ServiceNames.Events,
                $"/api/events/organizations/{context.Id("organizationId")}/events", context.GetArgument<EventDraftInput>("input")));

        Field<EventGraphType, EventDetail>("publishEvent")
            .Description("Puts a draft on sale.")
            .IdArgument("organizationId")
            .IdArgument("eventId")
            .ResolveAsync(async context => await context.PostAsync<EventDetail>(ServiceNames.Events,
                $"/api/events/organizations/{context.Id("organizationId")}/events/{context.Id("eventId")}/publish"));

        Field<EventGraphType, EventDetail>("cancelOccurrence")
            .Description("Cancels one date of an event; its bookings are cancelled and refunded, its waiting list closed.")
            .IdArgument("organizationId")
            .IdArgument("eventId")
            .IdArgument("occurrenceId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async context => await context.PostAsync<EventDetail>(ServiceNames.Events,
                $"/api/events/organizations/{context.Id("organizationId")}/events/{context.Id("eventId")}/occurrences/{context.Id("occurrenceId")}/cancel",
                new { reason = context.GetArgument<string>("reason") }));
    }
}
