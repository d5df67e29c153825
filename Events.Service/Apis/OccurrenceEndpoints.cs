using Events.Service.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Events;

namespace Events.Service.Apis;

// One date of an event cancelled or moved on its own.
public static class OccurrenceEndpoints
{
    public static RouteGroupBuilder MapOccurrenceEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{eventId:guid}/occurrences/{occurrenceId:guid}/cancel", CancelAsync).WithName("CancelOccurrence")
            .WithSummary("Cancels one date of the event: its bookings are cancelled and refunded and its holders mailed.")
            .WithDescription("Other dates stay on sale. 400 when reason is missing; 404 when not found; 409 when the date or the event is already cancelled.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{eventId:guid}/occurrences/{occurrenceId:guid}/move", MoveAsync).WithName("MoveOccurrence")
            .WithSummary("Moves one date of the event to new local times; ticket holders are mailed the new times.")
            .WithDescription("Tickets stay valid and the door follows the new times. 400 names startsAt or endsAt when missing, malformed or in the past; 404 when not found; 409 when the date is cancelled.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Results<Ok<EventDetailResponse>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        Guid organizationId, Guid eventId, Guid occurrenceId, ReasonRequest request, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var errors = new FieldErrors().Text("reason", request.Reason, 1_000);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var found = await services.FindAsync(organizationId, eventId);
        var occurrence = found?.Occurrences.SingleOrDefault(o => o.Id == occurrenceId);
        if (found is null || occurrence is null) return OccurrenceNotFound();
        if (found.Status == EventStatus.Cancelled || occurrence.Status == OccurrenceStatus.Cancelled)
            return EventProblems.Conflict("Already cancelled.", "The occurrence or its event is already cancelled.");

        var now = services.Clock.GetUtcNow();
        occurrence.Status = OccurrenceStatus.Cancelled;
        occurrence.CancellationReason = request.Reason!.Trim();
        found.RefreshListingFields();
        found.Touch(now);
        if (found.PublishedAt is not null)
            services.Outbox.Add(new OccurrenceCancelled(found.Id, found.OrganizationId, occurrence.Id, found.Version, found.Title,
                occurrence.StartsAt, occurrence.CancellationReason, now));
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.Ok(await services.DetailAsync(found));
    }

    public static async Task<Results<Ok<EventDetailResponse>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid organizationId, Guid eventId, Guid occurrenceId, MoveOccurrenceRequest request, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var errors = new FieldErrors();
        EventInput.CheckLocalTimes(errors, "startsAt", request.StartsAt, "endsAt", request.EndsAt);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var found = await services.FindAsync(organizationId, eventId);
        var occurrence = found?.Occurrences.SingleOrDefault(o => o.Id == occurrenceId);
        if (found is null || occurrence is null) return OccurrenceNotFound();
        if (found.Status == EventStatus.Cancelled || occurrence.Status == OccurrenceStatus.Cancelled)
            return EventProblems.Conflict("The occurrence is cancelled.", "A cancelled occurrence cannot be moved.");

        var now = services.Clock.GetUtcNow();
        var startsAt = OccurrenceSchedule.ToInstant(request.StartsAt!.Value, found.Venue.TimeZone);
        var endsAt = OccurrenceSchedule.ToInstant(request.EndsAt!.Value, found.Venue.TimeZone);
        if (endsAt <= now)
            return TypedResults.ValidationProblem(new FieldErrors().Add("endsAt", "The occurrence must end in the future.").ToDictionary());
        occurrence.StartsAt = startsAt;
        occurrence.EndsAt = endsAt;
        occurrence.Moved = true;
        found.RefreshListingFields();
        found.Touch(now);
        if (found.PublishedAt is not null)
            services.Outbox.Add(new OccurrenceRescheduled(found.Id, found.OrganizationId, occurrence.Id, found.Version, startsAt, endsAt, now));
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.Ok(await services.DetailAsync(found));
    }

    static ProblemHttpResult OccurrenceNotFound() =>
        EventProblems.NotFound("Occurrence not found.", "No such occurrence exists on this event among your organization's events.");
}
