using System.Security.Claims;
using Bookings.Service.Ordering;
using Bookings.Service.WaitingList;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Bookings.Service.Apis;

public static class WaitingListClaimApi
{
    public static async Task<Results<Created<BookingDto>, Ok<BookingDto>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ProblemHttpResult>> ClaimAsync(
        Guid entryId,
        [FromHeader(Name = BookingsApi.IdempotencyKeyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        WaitingListClaim claim,
        CancellationToken cancellationToken)
    {
        if (!WaitingListRequestShape.IdempotencyKeyIsValid(idempotencyKey))
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["idempotencyKey"] = ["The Idempotency-Key header is required: 1 to 100 characters."] },
                title: "The claim is not valid.");

        return await claim.ClaimAsync(user, entryId, idempotencyKey!, cancellationToken) switch
        {
            ClaimOutcome.Claimed { Created: true } claimed => TypedResults.Created($"/api/bookings/{claimed.Booking.Id}", claimed.Booking.ToDto()),
            ClaimOutcome.Claimed claimed => TypedResults.Ok(claimed.Booking.ToDto()),
            ClaimOutcome.Conflict conflict => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The offer cannot be claimed.",
                Detail = conflict.Detail,
                Extensions = { ["reason"] = conflict.Reason },
            }),
            ClaimOutcome.AttendanceRefused refused => TypedResults.Problem(refused.Broken.ToProblemDetails()),
            ClaimOutcome.Refused refused => TypedResults.Problem(new HttpValidationProblemDetails(refused.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = refused.Title,
            }),
            _ => TypedResults.NotFound(),
        };
    }
}
