using System.Security.Claims;
using Bookings.Service.Infrastructure;
using Bookings.Service.WaitingList;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Http;

namespace Bookings.Service.Apis;

public static class WaitingListApi
{
    public static IEndpointRouteBuilder MapWaitingListApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bookings/waiting-list")
            .WithTags("Waiting list")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapPost("/", JoinAsync)
            .WithName("JoinWaitingList")
            .WithSummary("Joins the line for a ticket type with fewer seats left than wanted; the same Idempotency-Key and body return the same entry.")
            .WithDescription("When seats come back (a hold expires, a booking is cancelled, capacity grows) the first in line is offered them and mailed a claim link. 400 names the field at fault; 409 with reason already_waiting (one entry per customer and line) or seats_available (book directly instead); 422 when a sales rule refuses it.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", ListMineAsync)
            .WithName("ListMyWaitingListEntries")
            .WithSummary("The caller's waiting-list entries, newest first, with their place in line.")
            .WithDescription("Paged with page and pageSize; 400 names a bad paging field.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{entryId:guid}", GetAsync)
            .WithName("GetWaitingListEntry")
            .WithSummary("One of the caller's waiting-list entries.")
            .WithDescription("404 when the entry is not the caller's.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapDelete("/{entryId:guid}", LeaveAsync)
            .WithName("LeaveWaitingList")
            .WithSummary("Leaves the line; seats held for an open offer go to the next in line.")
            .WithDescription("404 when the entry is not the caller's; 409 with reason not_in_line once it was claimed, lapsed, left or closed.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/{entryId:guid}/claim", WaitingListClaimApi.ClaimAsync)
            .WithName("ClaimWaitingListOffer")
            .WithSummary("Books the seats offered to this entry before the offer runs out; the booking then awaits payment as usual.")
            .WithDescription("404 when the entry is not the caller's; 409 with reason not_offered or offer_lapsed when there is no open offer; 422 when a sales rule refuses the booking.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Results<Created<WaitingListEntryDto>, Ok<WaitingListEntryDto>, ValidationProblem, ProblemHttpResult>> JoinAsync(
        [FromHeader(Name = BookingsApi.IdempotencyKeyHeader)] string? idempotencyKey,
        JoinWaitingListRequest? request,
        ClaimsPrincipal user,
        WaitingListJoining joining,
        BookingsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!WaitingListRequestShape.TryRead(idempotencyKey, request, out var wanted, out var errors))
            return TypedResults.ValidationProblem(errors, title: "The waiting-list request is not valid.");

        switch (await joining.JoinAsync(user, idempotencyKey!, wanted, cancellationToken))
        {
            case JoinOutcome.Joined { Created: true } joined:
                return TypedResults.Created($"/api/bookings/waiting-list/{joined.Entry.Id}", await joined.Entry.ToDtoAsync(db, cancellationToken));
            case JoinOutcome.Joined joined:
                return TypedResults.Ok(await joined.Entry.ToDtoAsync(db, cancellationToken));
            case JoinOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors, title: "The waiting-list request is not valid.");
            case JoinOutcome.Refused refused:
                return TypedResults.Problem(new HttpValidationProblemDetails(refused.Errors)
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = refused.Title,
                });
            case JoinOutcome.SeatsAvailable available:
                return TypedResults.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "Seats are available, book them.",
                    Detail = $"{available.SeatsLeft} seats of {available.TicketTypeName} are left: POST /api/bookings instead of waiting.",
                    Extensions = { ["reason"] = "seats_available", ["ticketTypeId"] = available.TicketTypeId, ["seatsLeft"] = available.SeatsLeft },
                });
            case JoinOutcome.AlreadyInLine already:
                return TypedResults.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "You are already on this waiting list.",
                    Detail = $"Entry {already.Existing.Id} is {already.Existing.Status.ToString().ToLowerInvariant()} for this ticket type; leave it to join with another quantity.",
                    Extensions = { ["reason"] = "already_waiting", ["entryId"] = already.Existing.Id },
                });
            default:
                throw new InvalidOperationException("Unexpected waiting-list outcome.");
        }
    }

    // Another customer's entry answers 404, exactly like one that does not exist.
    public static async Task<Results<Ok<WaitingListEntryDto>, NotFound>> GetAsync(
        Guid entryId, ClaimsPrincipal user, BookingsDbContext db, CancellationToken cancellationToken)
    {
        var customerId = user.UserId();
        var entry = await db.Set<WaitingListEntry>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == entryId && e.CustomerId == customerId, cancellationToken);
        return entry is null ? TypedResults.NotFound() : TypedResults.Ok(await entry.ToDtoAsync(db, cancellationToken));
    }

    public static async Task<Results<Ok<WaitingListPage>, ValidationProblem>> ListMineAsync(
        ClaimsPrincipal user, BookingsDbContext db, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var errors))
            return TypedResults.ValidationProblem(errors);

        var customerId = user.UserId();
        var mine = db.Set<WaitingListEntry>().AsNoTracking().Where(e => e.CustomerId == customerId);
        var (entries, total) = await mine
            .OrderByDescending(e => e.JoinedAt).ThenByDescending(e => e.Id)
            .ReadPageAsync(paging, cancellationToken);
        var items = new List<WaitingListEntryDto>(entries.Count);
        foreach (var entry in entries)
            items.Add(await entry.ToDtoAsync(db, cancellationToken));
        return TypedResults.Ok(new WaitingListPage(items, paging.Page, paging.PageSize, total));
    }

    public static async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>>> LeaveAsync(
        Guid entryId, ClaimsPrincipal user, WaitingListLeaving leaving, CancellationToken cancellationToken) =>
        await leaving.LeaveAsync(entryId, user.UserId(), cancellationToken) switch
        {
            WaitingListLeaving.Outcome.Left => TypedResults.NoContent(),
            WaitingListLeaving.Outcome.AlreadyEnded => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The entry is no longer in line.",
                Detail = "It was claimed, its offer lapsed, or the organizer cancelled the event; there is nothing to leave.",
                Extensions = { ["reason"] = "not_in_line" },
            }),
            _ => TypedResults.NotFound(),
        };
}
