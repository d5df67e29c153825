using System.ComponentModel;
using System.Security.Claims;
using Bookings.Service.WaitingList;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Http;

namespace Bookings.Service.Apis;

// Organizers' view of an event's waiting lists. Owner or staff only; anyone else, or an event of
// another organization, gets 404 as if it did not exist.
public static class WaitingListOrganizerApi
{
    public static IEndpointRouteBuilder MapWaitingListOrganizerApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/bookings/organizations/{organizationId:guid}/events/{eventId:guid}/waiting-list")
            .WithTags("Waiting list")
            .RequireAuthorization(PlatformPolicies.SignedIn)
            .MapGet("/", ListAsync)
            .WithName("ListEventWaitingList")
            .WithSummary("The event's waiting-list entries in line order with each line's counts; filter by occurrenceId, ticketTypeId, status.")
            .WithDescription("Owner or staff of the organization; anyone else gets 404, as if the event did not exist. Paged with page and pageSize; 400 names a bad filter or paging field.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Results<Ok<OrganizerWaitingListPage>, NotFound, ValidationProblem>> ListAsync(
        Guid organizationId,
        Guid eventId,
        [Description("Only this date's (occurrence's) entries.")] string? occurrenceId,
        [Description("Only this ticket type's entries.")] string? ticketTypeId,
        [Description("Only entries in this status: Waiting, Offered, Claimed, Lapsed, Left or Closed.")] string? status,
        string? page,
        string? pageSize,
        ClaimsPrincipal user,
        OrganizerWaitingList waitingList,
        CancellationToken cancellationToken)
    {
        if (!user.IsMemberOf(organizationId) || !await waitingList.IsOrganizationsEventAsync(organizationId, eventId, cancellationToken))
            return TypedResults.NotFound();
        OrganizerWaitingListFilter.TryParse(occurrenceId, ticketTypeId, status, out var filter, out var errors);
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var pagingErrors))
            foreach (var (field, messages) in pagingErrors)
                errors[field] = messages;
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The waiting-list query is not valid.");

        var (entries, total) = await waitingList.EntriesAsync(eventId, filter, paging, cancellationToken);
        var lines = await waitingList.LinesAsync(eventId, filter, cancellationToken);
        return TypedResults.Ok(new OrganizerWaitingListPage(
            entries.Select(e => new OrganizerWaitingListEntryDto(
                e.Entry.Id, e.Position, e.Entry.OccurrenceId, e.Entry.TicketTypeId, e.Entry.TicketTypeName, e.Entry.CustomerEmail,
                e.Entry.Quantity, e.Entry.Status.ToString(), e.Entry.JoinedAt, e.Entry.OfferExpiresAt, e.Entry.BookingId)).ToList(),
            paging.Page,
            paging.PageSize,
            total,
            lines.Select(l => new WaitingLineSummaryDto(l.OccurrenceId, l.TicketTypeId, l.TicketTypeName, l.StartsAt, l.Waiting, l.Offered, l.SeatsWanted)).ToList()));
    }
}
