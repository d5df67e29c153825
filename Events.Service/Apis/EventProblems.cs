using Microsoft.AspNetCore.Http.HttpResults;

namespace Events.Service.Apis;

// One wording for each refusal, so every endpoint answers alike (as application/problem+json).
public static class EventProblems
{
    public static ProblemHttpResult EventNotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Event not found.", detail: "No event with this id exists among your organization's events.");

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult ChangedMeanwhile() =>
        Conflict("The event changed meanwhile.", "Someone else changed this event at the same time: read it again and retry.");

    public static ProblemHttpResult BookingsUnavailable(string reason) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Bookings is unavailable.",
        detail: $"Lowering a capacity needs Bookings to check held and sold seats, and it did not answer ({reason}). Try again shortly.");
}
