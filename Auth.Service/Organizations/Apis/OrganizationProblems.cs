using Microsoft.AspNetCore.Http.HttpResults;

namespace Auth.Service.Organizations.Apis;

// One wording for each refusal, so every endpoint answers alike (as application/problem+json).
public static class OrganizationProblems
{
    public static ProblemHttpResult OrganizationNotFound() =>
        NotFound("Organization not found.", "No organization with this id exists among yours.");

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult OwnersOnly() =>
        Forbidden("Only owners can do this.", "Ask an owner of the organization.");

    public static ProblemHttpResult Forbidden(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult Gone(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: title, detail: detail);

    public static ProblemHttpResult LastOwner() => Conflict(
        "The organization needs an owner.",
        "The last owner cannot be demoted, removed or leave: make another member an owner first.");
}
