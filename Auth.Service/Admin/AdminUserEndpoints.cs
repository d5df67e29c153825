using Platform.ServiceDefaults.OpenApi;
using Auth.Service.Accounts.Users;
using Auth.Service.Infrastructure;
using Auth.Service.Organizations;
using Auth.Service.Organizations.Apis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace Auth.Service.Admin;

public static class AdminUserEndpoints
{
    public static RouteGroupBuilder MapAdminUserEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/users", ListAsync).WithName("AdminListUsers")
            .WithSummary("Every account on the platform, by email (platform admins only).")
            .WithDescription("search narrows to emails containing it; paged with page and pageSize. 400 names a bad paging or search field.")
            .WithParameterDescription("search", "Part of the email to look for, case-insensitive, up to 256 characters.");
        group.MapPost("/users/{userId:guid}/disable", DisableAsync).WithName("AdminDisableUser")
            .WithSummary("Disables an account: it can no longer sign in and its refresh tokens stop working (platform admins only).")
            .WithDescription("404 when no account has this id; 409 when admins try to disable themselves.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/users/{userId:guid}/enable", EnableAsync).WithName("AdminEnableUser")
            .WithSummary("Lets a disabled account sign in again (platform admins only).")
            .WithDescription("404 when no account has this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<AdminPage<AdminUserResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] AdminListQuery query, AuthDbContext db, CancellationToken cancellationToken)
    {
        var errors = query.Errors();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var users = db.Set<PlatformUser>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(OrganizationInput.NormalizeEmail(query.Search)) + "%";
            users = users.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern, "\\"));
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            .Skip((query.PageOrFirst - 1) * query.PageSizeOrDefault).Take(query.PageSizeOrDefault)
            .Select(u => new AdminUserResponse(u.Id, u.Email!, u.DisplayName, u.EmailConfirmed, u.IsDisabled))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AdminPage<AdminUserResponse>(page, query.PageOrFirst, query.PageSizeOrDefault, total));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DisableAsync(
        Guid userId, AuthDbContext db, UserSessionRevocation sessions, ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        if (userId == admin.CallerId())
            return OrganizationProblems.Conflict("You cannot disable yourself.",
                "Another admin must do it, so the platform keeps an admin who can sign in.");

        var user = await db.Set<PlatformUser>().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return UserNotFound();

        user.IsDisabled = true;
        // A new security stamp invalidates anything Identity issued from the old one.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        await sessions.RevokeAllAsync(userId, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> EnableAsync(
        Guid userId, AuthDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Set<PlatformUser>().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return UserNotFound();

        user.IsDisabled = false;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static ProblemHttpResult UserNotFound() => OrganizationProblems.NotFound("User not found.", "No user with this id exists.");
}
