using System.ComponentModel;
using Events.Service.Domain;
using Events.Service.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;

namespace Events.Service.Apis;

public static class OrganizerEventEndpoints
{
    public static RouteGroupBuilder MapOrganizerEventEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/", CreateAsync).WithName("CreateEventDraft")
            .WithSummary("Creates an event as a draft of the organization (any member); publish it to sell.")
            .WithDescription("Times are local to the venue's time zone. A recurrence makes one occurrence per date of the rule. 400 names the field at fault, e.g. recurrence.rrule for a rule whose shows overlap or that makes too many occurrences; 404 when the caller is not a member of the organization.");
        group.MapGet("/", ListAsync).WithName("ListOrganizationEvents")
            .WithSummary("The organization's events in every status, for its members.")
            .WithDescription("status narrows to Draft, Published, Cancelled or Completed; paged with page and pageSize. 400 names a bad parameter; 404 when the caller is not a member.");
        group.MapGet("/{eventId:guid}", GetAsync).WithName("GetOrganizationEvent")
            .WithSummary("One of the organization's events in any status, with the settings only organizers see.")
            .WithDescription("404 when the event is not the organization's or the caller is not a member.");
        group.MapPut("/{eventId:guid}", EditAsync).WithName("EditEvent")
            .WithSummary("Replaces the event's details, schedule and ticket types (the same body as creating).")
            .WithDescription("A published event's changes reach Bookings and the catalog at once. 400 names the field at fault; 404 when not found; 409 when the event is cancelled, or once on sale a ticket type would be removed or a capacity lowered (use the capacity endpoint).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{eventId:guid}", DeleteAsync).WithName("DeleteEventDraft")
            .WithSummary("Deletes a draft that was never published.")
            .WithDescription("404 when not found; 409 when the event is not a draft.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Results<Created<EventDetailResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid organizationId, EventDraftRequest request, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var errors = EventInput.Validate(request, services.Schedule.MaxOccurrences);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var now = services.Clock.GetUtcNow();
        var draft = new CatalogEvent
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Status = EventStatus.Draft,
            Title = "",
            Description = "",
            Category = "",
            Venue = null!,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        EventInput.ApplyDetails(draft, request);
        var position = 0;
        foreach (var ticketType in request.TicketTypes!)
        {
            var created = new TicketType { Id = Guid.CreateVersion7(now), EventId = draft.Id, Name = "", Currency = "" };
            EventInput.ApplyTicketType(created, ticketType, position++);
            draft.TicketTypes.Add(created);
        }
        services.Schedule.Reconcile(draft, dropMissing: true);
        if (draft.Occurrences.All(o => o.EndsAt <= now))
            return TypedResults.ValidationProblem(NoUpcomingOccurrence(draft).ToDictionary());
        draft.RefreshListingFields();
        services.Db.Add(draft);
        await services.SaveAsync(draft);
        return TypedResults.Created($"{OrganizerApi.Prefix.Replace("{organizationId:guid}", organizationId.ToString())}/{draft.Id}",
            await services.DetailAsync(draft));
    }

    public static async Task<Results<Ok<PageResponse<EventSummaryResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid organizationId, [Description("Only events in this status: Draft, Published, Cancelled or Completed.")] string? status, int? page, int? pageSize, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.NotFound("Organization not found.", "You are not a member of this organization.");
        var errors = new FieldErrors().Range("page", page, 1, 100_000).Range("pageSize", pageSize, 1, BrowseQuery.MaxPageSize);
        EventStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<EventStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _)) wanted = parsed;
            else errors.Add("status", "The status parameter must be draft, published or cancelled.");
        }
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var query = services.Db.Set<CatalogEvent>().AsNoTracking().Where(e => e.OrganizationId == organizationId);
        if (wanted is { } s) query = query.Where(e => e.Status == s);
        var size = pageSize ?? BrowseQuery.DefaultPageSize;
        var number = page ?? 1;
        var total = await query.CountAsync(services.CancellationToken);
        var items = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(services.CancellationToken);
        return TypedResults.Ok(new PageResponse<EventSummaryResponse>([.. items.Select(EventDetails.ToSummary)], total, number, size));
    }

    public static async Task<Results<Ok<EventDetailResponse>, ProblemHttpResult>> GetAsync(
        Guid organizationId, Guid eventId, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var detail = await EventDetails.LoadAsync(services.Db, eventId, organizationId, services.CancellationToken);
        return detail is null ? EventProblems.EventNotFound() : TypedResults.Ok(detail);
    }

    // Replaces the event's details, schedule and ticket types. On a published event, ticket types can be
    // added and capacities raised; removing one or lowering a capacity goes through Bookings instead.
    public static async Task<Results<Ok<EventDetailResponse>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid organizationId, Guid eventId, EventDraftRequest request, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var found = await services.FindAsync(organizationId, eventId);
        if (found is null) return EventProblems.EventNotFound();
        if (found.Status == EventStatus.Cancelled)
            return EventProblems.Conflict("The event is cancelled.", "A cancelled event cannot be edited.");
        var errors = EventInput.Validate(request, services.Schedule.MaxOccurrences);
        var tickets = request.TicketTypes ?? [];
        for (var i = 0; i < tickets.Count; i++)
            if (tickets[i].Id is { } id && found.TicketTypes.All(t => t.Id != id))
                errors.Add($"ticketTypes[{i}].id", "No ticket type with this id exists on the event.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var everPublished = found.PublishedAt is not null;
        if (everPublished)
        {
            var kept = tickets.Where(t => t.Id is not null).ToDictionary(t => t.Id!.Value);
            if (found.TicketTypes.Any(t => !kept.ContainsKey(t.Id)))
                return EventProblems.Conflict("Ticket types cannot be removed.", "This event has been on sale: keep every existing ticket type (you can lower its capacity through the capacity endpoint).");
            if (found.TicketTypes.Any(t => kept[t.Id].Capacity < t.Capacity))
                return EventProblems.Conflict("Capacity cannot be lowered here.", "Lower a capacity with PUT .../ticket-types/{ticketTypeId}/capacity, which checks what Bookings has sold and held.");
        }

        var now = services.Clock.GetUtcNow();
        var wasSingle = !found.IsRecurring;
        EventInput.ApplyDetails(found, request);
        var keptIds = tickets.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToHashSet();
        found.TicketTypes.RemoveAll(t => !keptIds.Contains(t.Id));
        var position = 0;
        foreach (var ticketType in tickets)
        {
            var target = ticketType.Id is { } id ? found.TicketTypes.Single(t => t.Id == id) : null;
            if (target is null)
            {
                target = new TicketType { Id = Guid.CreateVersion7(now), EventId = found.Id, Name = "", Currency = "" };
                found.TicketTypes.Add(target);
            }
            EventInput.ApplyTicketType(target, ticketType, position++);
        }

        var rescheduled = new List<Occurrence>();
        ScheduleReconciliation.Outcome outcome;
        var single = found.Occurrences.Where(o => o.Status == OccurrenceStatus.Scheduled).ToList();
        if (wasSingle && !found.IsRecurring && single.Count == 1)
        {
            // A single event moved in time keeps its occurrence (and its bookings).
            var only = single[0];
            var startsAt = Domain.OccurrenceSchedule.ToInstant(found.StartsAtLocal, found.Venue.TimeZone);
            var endsAt = Domain.OccurrenceSchedule.ToInstant(found.EndsAtLocal, found.Venue.TimeZone);
            if (only.StartsAt != startsAt || only.EndsAt != endsAt)
            {
                only.OriginalStartsAt = startsAt;
                only.StartsAt = startsAt;
                only.EndsAt = endsAt;
                rescheduled.Add(only);
            }
            outcome = new ScheduleReconciliation.Outcome([], [], 0);
        }
        else
        {
            outcome = services.Schedule.Reconcile(found, dropMissing: true);
        }
        if (found.Occurrences.All(o => o.Status != OccurrenceStatus.Scheduled || o.EndsAt <= now))
            return TypedResults.ValidationProblem(NoUpcomingOccurrence(found).ToDictionary());
        found.RefreshListingFields();

        if (everPublished)
        {
            foreach (var cancelled in outcome.Cancelled)
            {
                found.Touch(now);
                services.Outbox.Add(new OccurrenceCancelled(found.Id, found.OrganizationId, cancelled.Id, found.Version, found.Title,
                    cancelled.StartsAt, cancelled.CancellationReason!, now));
            }
            foreach (var moved in rescheduled)
            {
                found.Touch(now);
                services.Outbox.Add(new OccurrenceRescheduled(found.Id, found.OrganizationId, moved.Id, found.Version, moved.StartsAt, moved.EndsAt, now));
            }
        }
        found.Touch(now);
        if (everPublished)
            services.Outbox.Add(new EventUpdated(EventSnapshots.From(found), now));
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.Ok(await services.DetailAsync(found));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid organizationId, Guid eventId, [AsParameters] OrganizerServices services)
    {
        if (!services.IsMemberOf(organizationId)) return EventProblems.EventNotFound();
        var found = await services.FindAsync(organizationId, eventId);
        if (found is null) return EventProblems.EventNotFound();
        if (found.Status != EventStatus.Draft || found.PublishedAt is not null)
            return EventProblems.Conflict("Only drafts can be deleted.", "This event has been published: cancel it instead.");
        services.Db.Remove(found);
        if (!await services.SaveAsync(found)) return EventProblems.ChangedMeanwhile();
        return TypedResults.NoContent();
    }

    static FieldErrors NoUpcomingOccurrence(CatalogEvent e) => new FieldErrors().Add(
        e.IsRecurring ? "recurrence.rrule" : "startsAt",
        e.IsRecurring ? "The schedule yields no upcoming occurrence." : "The event must end in the future.");
}
