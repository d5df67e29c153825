using System.Security.Claims;
using Bookings.Service.CheckIn;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Tickets.Transfer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.Apis;

public static class TicketTransferApi
{
    public static IEndpointRouteBuilder MapTicketTransferApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bookings")
            .WithTags("Tickets")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapPost("/{bookingId:guid}/tickets/{ticketId:guid}/transfer", TransferAsync)
            .WithName("TransferTicket")
            .WithSummary("Hands a ticket of the caller's confirmed booking to another email before the event: the old code stops admitting and the recipient is mailed a new ticket.")
            .WithDescription("Takes an Idempotency-Key: the same key and body answer the first transfer again. 400 names recipientEmail when missing or malformed; 404 when the booking or ticket is not the caller's; 409 with a reason when the booking is not confirmed, the ticket was already transferred or admitted, or the event has started or was cancelled.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/occurrences/{occurrenceId:guid}/revoked-tickets", GetRevokedAsync)
            .WithName("GetRevokedTickets")
            .WithSummary("Ticket ids of the occurrence that no longer admit although their tokens verify (transferred or voided), for offline scanners; owner or staff only.")
            .WithDescription("A scanner that verifies tokens offline refuses these. 404 for anyone but owner or staff of the event's organization.");
        return app;
    }

    public static async Task<Results<Created<TicketTransferResult>, Ok<TicketTransferResult>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ProblemHttpResult>> TransferAsync(
        Guid bookingId,
        Guid ticketId,
        [FromHeader(Name = BookingsApi.IdempotencyKeyHeader)] string? idempotencyKey,
        TransferTicketRequest? request,
        ClaimsPrincipal user,
        BookingsDbContext db,
        TicketTransferDesk desk,
        CancellationToken cancellationToken)
    {
        var customerId = user.UserId() ?? throw new InvalidOperationException("A signed-in customer has a user id.");
        // The booking's address too: the token's may have changed since the booking was made.
        var bookingEmail = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.Id == bookingId && b.CustomerId == customerId)
            .Select(b => b.CustomerEmail)
            .SingleOrDefaultAsync(cancellationToken);
        if (!TransferRequestShape.TryRead(idempotencyKey, bookingId, ticketId, request, [user.Email(), bookingEmail], out var order, out var errors))
            return TypedResults.ValidationProblem(errors, title: "The transfer request is not valid.");

        return await desk.TransferAsync(customerId, idempotencyKey!, order, cancellationToken) switch
        {
            TransferOutcome.Transferred { Created: true } done => TypedResults.Created($"/api/bookings/{bookingId}/tickets", done.Result),
            TransferOutcome.Transferred done => TypedResults.Ok(done.Result),
            TransferOutcome.Refused refused => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The ticket cannot be transferred.",
                Detail = refused.Detail,
                Extensions = { ["reason"] = refused.Reason },
            }),
            TransferOutcome.KeyReused => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["idempotencyKey"] = ["This Idempotency-Key was already used with a different transfer; use a new key for a new transfer."],
            })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The Idempotency-Key was already used with another request.",
            }),
            _ => TypedResults.NotFound(),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<RevokedTicket>>, NotFound>> GetRevokedAsync(
        Guid occurrenceId, ClaimsPrincipal user, AttendanceCounts attendance, RevokedTickets revoked, CancellationToken cancellationToken)
    {
        var organizationId = await attendance.OrganizationOfAsync(occurrenceId, cancellationToken);
        if (organizationId is null || !user.IsMemberOf(organizationId.Value))
            return TypedResults.NotFound();
        return TypedResults.Ok(await revoked.OfOccurrenceAsync(occurrenceId, cancellationToken));
    }
}
