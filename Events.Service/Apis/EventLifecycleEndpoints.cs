using Events.Service.Domain;
using Events.Service.Infrastructure;
using Events.Service.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Events;

namespace Events.Service.Apis;

public static class EventLifecycleEndpoints
{
    public static RouteGroupBuilder MapEventLifecycleEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{eventId:guid}/publish", PublishAsync).WithName("PublishEvent")
            .WithSummary("Publishes a draft: it appears in the catalog and its tickets go on sale.")
            .WithDescription("404 when not found; 409 when the event is not a draft or has no upcoming occurrence.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{eventId:guid}/unpublish", UnpublishAsync).WithName("UnpublishEvent")
            .WithSummary("Takes a published event back to draft, out of the catalog.")
            .WithDescription("404 when not found; 409 when it is not published or tickets are already sold (cancel it instead).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{eventId:guid}/cancel", CancelAsync).WithName("CancelEvent")
            .WithSummary("Cancels the event: every booking is cancelled and refunded and ticket holders are mailed the reason.")
            .WithDescription("Admitted tickets are refunded too. 400 when reason is missing; 404 when not found; 409 when it is already cancelled.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Results<Ok<EventDetailResponse>, ProblemHttpResult>> PublishAsync(
        Guid organizationId, Guid eventId, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var found = await services.FindAsync(organizationId, eventId);
        if (found is null) return EventProblems.EventNotFound();
        if (found.Status != EventStatus.Draft)
            return EventProblems.Conflict("Only drafts can be published.", $"The event is {found.Status.ToString().ToLowerInvariant()}.");
        var now = services.Clock.GetUtcNow();
        if (found.Occurrences.All(o => o.Status != OccurrenceStatus.Scheduled || o.EndsAt <= now))
            return EventProblems.Conflict("Nothing to sell.", "The event has no upcoming occurrence.");

        found.Status = EventStatus.Published;
        found.PublishedAt = now;
        found.Touch(now);
        services.Outbox.Add(new EventPublished(EventSnapshots.From(found), now));
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.Ok(await services.DetailAsync(found));
    }

    // Back to draft, only while nothing is sold (Events knows sold seats from Bookings' counter messages).
    public static async Task<Results<Ok<EventDetailResponse>, ProblemHttpResult>> UnpublishAsync(
        Guid organizationId, Guid eventId, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var found = await services.FindAsync(organizationId, eventId);
        if (found is null) return EventProblems.EventNotFound();
        if (found.Status != EventStatus.Published)
            return EventProblems.Conflict("Only published events can be unpublished.", $"The event is {found.Status.ToString().ToLowerInvariant()}.");
        var sold = await SeatsLeftCalculation.SoldAsync(services.Db, found.Id, services.CancellationToken);
        if (sold > 0)
            return EventProblems.Conflict("Tickets are sold.", $"{sold} tickets are sold: an event with sales cannot go back to draft; cancel it instead.");

        var now = services.Clock.GetUtcNow();
        found.Status = EventStatus.Draft;
        found.Touch(now);
        services.Outbox.Add(new EventUnpublished(found.Id, found.OrganizationId, found.Version, now));
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.Ok(await services.DetailAsync(found));
    }

    public static async Task<Results<Ok<EventDetailResponse>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        Guid organizationId, Guid eventId, ReasonRequest request, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var errors = new FieldErrors().Text("reason", request.Reason, 1_000);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var found = await services.FindAsync(organizationId, eventId);
        if (found is null) return EventProblems.EventNotFound();
        if (found.Status == EventStatus.Cancelled)
            return EventProblems.Conflict("The event is already cancelled.", "Nothing to do.");

        var now = services.Clock.GetUtcNow();
        found.Status = EventStatus.Cancelled;
        found.CancellationReason = request.Reason!.Trim();
        found.Touch(now);
        if (found.PublishedAt is not null)
            services.Outbox.Add(new EventCancelled(found.Id, found.OrganizationId, found.Version, found.Title, found.CancellationReason, now));
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.Ok(await services.DetailAsync(found));
    }
}
