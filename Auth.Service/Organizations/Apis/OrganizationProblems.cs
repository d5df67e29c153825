using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Auth.Service.Organizations.Apis;

// One wording for each refusal, so every endpoint answers alike.
public static class OrganizationProblems
{
    public static NotFound<ProblemDetails> OrganizationNotFound() => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Organization not found.",
        Detail = "No organization with this id exists among yours.",
    });

    public static NotFound<ProblemDetails> NotFound(string title, string detail) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = title,
        Detail = detail,
    });

    public static ProblemHttpResult OwnersOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Only owners can do this.",
        detail: "Ask an owner of the organization.");

    public static ProblemHttpResult Forbidden(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: title, detail: detail);

    public static Conflict<ProblemDetails> Conflict(string title, string detail) => TypedResults.Conflict(new ProblemDetails
    {
        Status = StatusCodes.Status409Conflict,
        Title = title,
        Detail = detail,
    });

    public static Conflict<ProblemDetails> LastOwner() => Conflict(
        "The organization needs an owner.",
        "The last owner cannot be demoted, removed or leave: make another member an owner first.");
}
