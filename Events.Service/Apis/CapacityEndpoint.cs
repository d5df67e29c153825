using System.Text.Json;
using Events.Service.Domain;
using Events.Service.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Events;

namespace Events.Service.Apis;

// Raising a capacity is always fine; lowering one on an event that has been on sale is checked and
// applied by Bookings first (it knows held and sold seats), then saved here and announced.
public static class CapacityEndpoint
{
    public static RouteGroupBuilder MapCapacityEndpoint(this RouteGroupBuilder group)
    {
        group.MapPut("/{eventId:guid}/ticket-types/{ticketTypeId:guid}/capacity", ChangeAsync).WithName("ChangeTicketTypeCapacity")
            .WithSummary("Changes a ticket type's seats at one occurrence or at all of them.")
            .WithDescription("Bookings checks the new capacity against seats already held and sold: 409 when it would fall below them or the event is cancelled. 400 names capacity or occurrenceId; 404 when the ticket type is not the organization's.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static async Task<Results<Ok<EventDetailResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid organizationId, Guid eventId, Guid ticketTypeId, CapacityRequest request,
        BookingsInventoryClient bookings, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var errors = new FieldErrors();
        if (request.Capacity is null) errors.Add("capacity", "The capacity field is required.");
        errors.Range("capacity", request.Capacity, 1, 1_000_000);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var found = await services.FindAsync(organizationId, eventId);
        var ticketType = found?.TicketTypes.SingleOrDefault(t => t.Id == ticketTypeId);
        if (found is null || ticketType is null)
            return EventProblems.NotFound("Ticket type not found.", "No such ticket type exists on this event among your organization's events.");
        if (request.OccurrenceId is { } occurrenceId && found.Occurrences.All(o => o.Id != occurrenceId))
            return TypedResults.ValidationProblem(new FieldErrors().Add("occurrenceId", "No occurrence with this id exists on the event.").ToDictionary());
        if (found.Status == EventStatus.Cancelled)
            return EventProblems.Conflict("The event is cancelled.", "A cancelled event's capacity cannot change.");

        var capacity = request.Capacity!.Value;
        var current = request.OccurrenceId is { } at ? ticketType.CapacityAt(at) : ticketType.Capacity;
        var lowering = request.OccurrenceId is null
            ? capacity < ticketType.Capacity || ticketType.OccurrenceCapacities.Any(c => c.Capacity > capacity)
            : capacity < current;
        if (lowering && found.PublishedAt is not null)
        {
            var bearer = services.Http.Request.Headers.Authorization.ToString();
            var token = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? bearer["Bearer ".Length..].Trim() : null;
            var answer = await bookings.SetCapacityAsync(found.Id, ticketType.Id, request.OccurrenceId, capacity, token, services.CancellationToken);
            switch (answer)
            {
                case CapacityCheck.Refused refused:
                    return PassOn(refused.Problem);
                case CapacityCheck.Unavailable unavailable:
                    return EventProblems.BookingsUnavailable(unavailable.Reason);
            }
        }

        var now = services.Clock.GetUtcNow();
        if (request.OccurrenceId is { } occurrence)
        {
            var existing = ticketType.OccurrenceCapacities.SingleOrDefault(c => c.OccurrenceId == occurrence);
            if (existing is null)
                ticketType.OccurrenceCapacities.Add(new OccurrenceCapacity { TicketTypeId = ticketType.Id, OccurrenceId = occurrence, Capacity = capacity });
            else
                existing.Capacity = capacity;
        }
        else
        {
            // One capacity for every occurrence: per-occurrence overrides give way to it.
            ticketType.Capacity = capacity;
            ticketType.OccurrenceCapacities.Clear();
        }
        found.Touch(now);
        if (found.PublishedAt is not null)
            services.Outbox.Add(new TicketTypeCapacityChanged(found.Id, found.OrganizationId, ticketType.Id, request.OccurrenceId, capacity, found.Version, now));
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.Ok(await services.DetailAsync(found));
    }

    // Bookings' 409 as it was, so the organizer sees how many seats are held and sold where.
    static ProblemHttpResult PassOn(JsonElement problem)
    {
        string? Text(string name) => problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var extensions = new Dictionary<string, object?>();
        if (problem.ValueKind == JsonValueKind.Object)
            foreach (var property in problem.EnumerateObject())
                if (property.Name is "held" or "sold" or "occurrenceId")
                    extensions[property.Name] = property.Value.Clone();
        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: Text("title") ?? "Capacity below seats held and sold.",
            detail: Text("detail") ?? "Bookings has more seats held and sold than the new capacity.",
            extensions: extensions);
    }
}
