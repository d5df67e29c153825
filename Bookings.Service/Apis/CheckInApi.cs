using System.Security.Claims;
using Bookings.Service.CheckIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Authentication;

namespace Bookings.Service.Apis;

public static class CheckInApi
{
    public static IEndpointRouteBuilder MapCheckInApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bookings")
            .WithTags("Check-in")
            .RequireAuthorization(PlatformPolicies.SignedIn);

        group.MapPost("/check-ins", CheckInAsync)
            .WithName("CheckInTicket")
            .WithSummary("Admits a ticket by code or signed token (owner or staff of the event's organization); a second scan says when it was first admitted.")
            .WithDescription("The door is open from the event's checkInOpensMinutesBefore (6 hours by default) before the occurrence starts until it ends; "
                + "outside that a scan is a 422 with reason not_open_yet or occurrence_ended, opensAt and closesAt, and admits nobody.");
        group.MapGet("/occurrences/{occurrenceId:guid}/attendance", GetAttendanceAsync)
            .WithName("GetOccurrenceAttendance")
            .WithSummary("Per ticket type: capacity, sold, held, checked in and remaining.")
            .WithDescription("Owner or staff of the event's organization; 404 for anyone else or an occurrence Bookings does not know.");
        return app;
    }

    public static async Task<Results<Ok<CheckInResult>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> CheckInAsync(
        CheckInRequest request, ClaimsPrincipal user, DoorCheckIn door, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.OccurrenceId is null || request.OccurrenceId == Guid.Empty)
            errors["occurrenceId"] = ["The occurrence being admitted to is required."];
        var hasCode = !string.IsNullOrWhiteSpace(request.Code);
        var hasToken = !string.IsNullOrWhiteSpace(request.Token);
        if (hasCode == hasToken)
            errors[hasCode ? "token" : "code"] = ["Give either the ticket's code or its signed token, not both."];
        else if (hasCode && request.Code!.Length > 64)
            errors["code"] = ["A ticket code has at most 64 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var outcome = await door.ScanAsync(request, user.IsMemberOf, user.UserId(), cancellationToken);
        return outcome switch
        {
            DoorCheckIn.Outcome.Admitted admitted => TypedResults.Ok(admitted.Result),
            DoorCheckIn.Outcome.AlreadyCheckedIn again => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Ticket already checked in.",
                Detail = $"{again.Ticket.HolderName} was admitted at {again.Ticket.CheckedInAt:O}.",
                Extensions = { ["reason"] = "already_checked_in", ["checkedInAt"] = again.Ticket.CheckedInAt, ["holderName"] = again.Ticket.HolderName },
            }),
            DoorCheckIn.Outcome.Refused refused => TypedResults.UnprocessableEntity(new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Ticket refused.",
                Detail = refused.Detail,
                Extensions = { ["reason"] = refused.Reason },
            }),
            DoorCheckIn.Outcome.DoorShut shut => TypedResults.UnprocessableEntity(new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = shut.Reason == "not_open_yet" ? "Check-in has not opened yet." : "The occurrence has ended.",
                Detail = shut.Reason == "not_open_yet"
                    ? $"The door opens at {shut.Door.OpensAt:O}, before the start; nobody was admitted."
                    : $"Check-in closed when the occurrence ended at {shut.Door.ClosesAt:O}; nobody was admitted.",
                Extensions = { ["reason"] = shut.Reason, ["opensAt"] = shut.Door.OpensAt, ["closesAt"] = shut.Door.ClosesAt },
            }),
            DoorCheckIn.Outcome.Transferred transferred => TypedResults.UnprocessableEntity(new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Ticket refused.",
                Detail = $"The ticket was transferred to someone else at {transferred.TransferredAt:O}; only their new ticket admits.",
                Extensions = { ["reason"] = "ticket_transferred", ["transferredAt"] = transferred.TransferredAt },
            }),
            _ => TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Ticket not found." }),
        };
    }

    public static async Task<Results<Ok<OccurrenceAttendance>, NotFound>> GetAttendanceAsync(
        Guid occurrenceId, ClaimsPrincipal user, AttendanceCounts attendance, CancellationToken cancellationToken)
    {
        var organizationId = await attendance.OrganizationOfAsync(occurrenceId, cancellationToken);
        if (organizationId is null || !user.IsMemberOf(organizationId.Value))
            return TypedResults.NotFound();
        return TypedResults.Ok(await attendance.CountAsync(occurrenceId, cancellationToken));
    }
}
