using System.Security.Claims;
using Bookings.Service.Coupons;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Ordering;
using Bookings.Service.Saga;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Http;

namespace Bookings.Service.Apis;

public static class BookingsApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bookings")
            .WithTags("Bookings")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapPost("/", PlaceAsync)
            .WithName("PlaceBooking")
            .WithSummary("Holds seats and creates a booking awaiting payment; the same Idempotency-Key and body return the same booking.")
            .WithDescription("Seats are held for the event's holdMinutes; pay with the payment's confirm URL before holdExpiresAt or the booking expires and the seats go back. Times are given with the venue's offset, amounts in the currency's minor units. 400 names the field at fault (occurrenceId, lines, a line's quantity, couponCode, Idempotency-Key); 409 when fewer seats are left than asked or the key was used with another body; 422 when a sales rule refuses it (sales window, per-order or per-customer limit, attendance rules, a coupon that does not apply).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{bookingId:guid}", GetAsync)
            .WithName("GetBooking")
            .WithSummary("One of the caller's bookings.")
            .WithDescription("With its lines, totals, hold expiry, cancellation deadline and where to pay. 404 when the booking is not the caller's.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", ListMineAsync)
            .WithName("ListMyBookings")
            .WithSummary("The caller's bookings, newest first.")
            .WithDescription("Paged with page and pageSize; 400 names a bad paging field.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapInventoryApi();
        return app;
    }

    public static async Task<Results<Created<BookingDto>, Ok<BookingDto>, ValidationProblem, ProblemHttpResult>> PlaceAsync(
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        PlaceBookingRequest? request,
        ClaimsPrincipal user,
        BookingPlacement placement,
        CancellationToken cancellationToken)
    {
        if (!OrderRequestShape.TryRead(idempotencyKey, request, out var order, out var errors))
            return TypedResults.ValidationProblem(errors, title: "The booking request is not valid.");

        return await placement.PlaceAsync(user, idempotencyKey!, order, cancellationToken) switch
        {
            PlacementOutcome.Placed { Created: true } placed => TypedResults.Created($"/api/bookings/{placed.Booking.Id}", placed.Booking.ToDto()),
            PlacementOutcome.Placed placed => TypedResults.Ok(placed.Booking.ToDto()),
            PlacementOutcome.Refused refused => TypedResults.Problem(new HttpValidationProblemDetails(refused.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = refused.Title,
            }),
            CouponRefused coupon => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["couponCode"] = [coupon.Refusal.Message],
            })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The coupon does not apply.",
                Extensions = { ["reason"] = coupon.Refusal.Reason },
            }),
            PlacementOutcome.SoldOut soldOut => TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Not enough seats left.",
                Detail = $"Only {soldOut.SeatsLeft} seats of {soldOut.TicketTypeName} are left.",
                Extensions = { ["ticketTypeId"] = soldOut.TicketTypeId, ["ticketTypeName"] = soldOut.TicketTypeName, ["seatsLeft"] = soldOut.SeatsLeft },
            }),
            AttendanceConflict conflict => TypedResults.Problem(conflict.ToProblemDetails()),
            var other => throw new InvalidOperationException($"Unexpected placement outcome {other}."),
        };
    }

    // Another customer's booking answers 404, exactly like one that does not exist.
    public static async Task<Results<Ok<BookingDto>, NotFound>> GetAsync(
        Guid bookingId,
        ClaimsPrincipal user,
        BookingsDbContext db,
        CancellationToken cancellationToken)
    {
        var customerId = user.UserId();
        var booking = await db.Set<Booking>().AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == bookingId && b.CustomerId == customerId, cancellationToken);
        if (booking is null)
            return TypedResults.NotFound();
        return TypedResults.Ok(booking.ToDto());
    }

    public static async Task<Results<Ok<BookingPage>, ValidationProblem>> ListMineAsync(
        ClaimsPrincipal user,
        BookingsDbContext db,
        string? page,
        string? pageSize,
        CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var errors))
            return TypedResults.ValidationProblem(errors);

        var customerId = user.UserId();
        var mine = db.Set<Booking>().AsNoTracking().Where(b => b.CustomerId == customerId);
        var (bookings, total) = await mine
            .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id)
            .ReadPageAsync(paging, cancellationToken);
        return TypedResults.Ok(new BookingPage(bookings.Select(b => b.ToDto()).ToList(), paging.Page, paging.PageSize, total));
    }
}
