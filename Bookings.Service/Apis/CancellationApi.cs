using System.Security.Claims;
using Bookings.Service.Cancellation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.Apis;

public static class CancellationApi
{
    public static IEndpointRouteBuilder MapCancellationApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/bookings")
            .WithTags("Bookings")
            .RequireAuthorization(PlatformPolicies.SignedIn)
            .MapPost("/{bookingId:guid}/cancel", CancelAsync)
            .WithName("CancelBooking")
            .WithSummary("Cancels the caller's confirmed booking before the event's cancellation deadline; the payment is refunded.")
            .WithDescription("409 with reason not_confirmed, cancellation_deadline_passed, checked_in (a ticket was already admitted at the door) or concurrent_change.");
        return app;
    }

    public static async Task<Results<Ok<BookingCancellationResult>, NotFound, Conflict<ProblemDetails>>> CancelAsync(
        Guid bookingId, ClaimsPrincipal user, CustomerCancellation cancellation, CancellationToken cancellationToken)
    {
        var outcome = await cancellation.CancelAsync(bookingId, user.UserId(), cancellationToken);
        return outcome switch
        {
            CustomerCancellation.Outcome.Cancelled cancelled => TypedResults.Ok(cancelled.Result),
            CustomerCancellation.Outcome.Refused refused => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The booking cannot be cancelled.",
                Detail = refused.Detail,
                Extensions = { ["reason"] = refused.Reason },
            }),
            _ => TypedResults.NotFound(),
        };
    }
}
