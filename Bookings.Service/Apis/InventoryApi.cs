using System.Security.Claims;
using Bookings.Service.Catalog;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.Apis;

public static class InventoryApi
{
    public const int MaxCapacity = 1_000_000;

    public static IEndpointRouteBuilder MapInventoryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bookings/inventory")
            .WithTags("Inventory")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapPut("/events/{eventId:guid}/ticket-types/{ticketTypeId:guid}/capacity", ChangeCapacityAsync)
            .WithName("ChangeTicketTypeCapacity")
            .WithSummary("Events asks, on the organizer's behalf, whether a capacity fits the seats already held and sold, and applies it.")
            .WithDescription("Called by Events for the organizer (organizers use Events' capacity endpoint). 404 when the caller is not owner or staff of the event's organization or Bookings does not know the ticket type; 409 when the capacity is below the seats held and sold.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    // 404 both when the caller is not owner or staff of the event's organization and when Bookings has no
    // counters for it yet (Events reads that as "nothing sold").
    public static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ChangeCapacityAsync(
        Guid eventId,
        Guid ticketTypeId,
        CapacityChangeRequest? request,
        ClaimsPrincipal user,
        BookingsDbContext db,
        CapacityChange capacityChange,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request?.Capacity is not { } capacity || capacity < 0 || capacity > MaxCapacity)
            errors["capacity"] = [$"capacity must be a whole number from 0 to {MaxCapacity}."];
        if (request?.OccurrenceId == Guid.Empty)
            errors["occurrenceId"] = ["occurrenceId must be an occurrence's id, or null for every occurrence."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The capacity change is not valid.");

        var organizationId = await db.Set<CatalogEvent>().AsNoTracking()
            .Where(e => e.Id == eventId)
            .Select(e => (Guid?)e.OrganizationId)
            .SingleOrDefaultAsync(cancellationToken);
        if (organizationId is not { } organization || !user.IsMemberOf(organization))
            return TypedResults.NotFound();

        return await capacityChange.ApplyAsync(eventId, ticketTypeId, request!.OccurrenceId, request.Capacity!.Value, cancellationToken) switch
        {
            CapacityChangeOutcome.Applied => TypedResults.NoContent(),
            CapacityChangeOutcome.NoInventory => TypedResults.NotFound(),
            CapacityChangeOutcome.TooManyTaken taken => TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "More seats are taken than the new capacity.",
                Detail = $"{taken.Held} held and {taken.Sold} sold at occurrence {taken.OccurrenceId}; capacity cannot go below {taken.Held + taken.Sold}.",
                Extensions = { ["held"] = taken.Held, ["sold"] = taken.Sold, ["occurrenceId"] = taken.OccurrenceId },
            }),
            var other => throw new InvalidOperationException($"Unexpected capacity outcome {other}."),
        };
    }
}
