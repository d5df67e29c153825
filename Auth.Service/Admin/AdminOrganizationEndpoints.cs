using Platform.ServiceDefaults.OpenApi;
using Auth.Service.Infrastructure;
using Auth.Service.Organizations.Apis;
using Auth.Service.Organizations.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Admin;

public static class AdminOrganizationEndpoints
{
    public static RouteGroupBuilder MapAdminOrganizationEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/organizations", ListAsync).WithName("AdminListOrganizations")
            .WithSummary("Every organization on the platform, by name, with its member count (platform admins only).")
            .WithDescription("search narrows to names containing it; paged with page and pageSize. 400 names a bad paging or search field.")
            .WithParameterDescription("search", "Part of the name to look for, case-insensitive, up to 256 characters.");
        group.MapPost("/organizations/{organizationId:guid}/disable", DisableAsync).WithName("AdminDisableOrganization")
            .WithSummary("Disables an organization (platform admins only).")
            .WithDescription("Its members keep their accounts; disabling twice keeps the first time. 404 when no organization has this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/organizations/{organizationId:guid}/enable", EnableAsync).WithName("AdminEnableOrganization")
            .WithSummary("Enables a disabled organization again (platform admins only).")
            .WithDescription("Enabling one that is not disabled changes nothing. 404 when no organization has this id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Ok<AdminPage<AdminOrganizationResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] AdminListQuery query, AuthDbContext db, CancellationToken cancellationToken)
    {
        var errors = query.Errors();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var organizations = db.Set<Organization>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + AdminUserEndpoints.EscapeLike(query.Search.Trim()) + "%";
            organizations = organizations.Where(o => EF.Functions.ILike(o.Name, pattern, "\\"));
        }

        var total = await organizations.CountAsync(cancellationToken);
        var page = await organizations.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((query.PageOrFirst - 1) * query.PageSizeOrDefault).Take(query.PageSizeOrDefault)
            .Select(o => new AdminOrganizationResponse(o.Id, o.Name, o.Members.Count, o.DisabledAt != null, o.CreatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AdminPage<AdminOrganizationResponse>(page, query.PageOrFirst, query.PageSizeOrDefault, total));
    }

    public static Task<Results<NoContent, ProblemHttpResult>> DisableAsync(
        Guid organizationId, AuthDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        SetDisabledAtAsync(organizationId, db, clock.GetUtcNow(), cancellationToken);

    public static Task<Results<NoContent, ProblemHttpResult>> EnableAsync(
        Guid organizationId, AuthDbContext db, CancellationToken cancellationToken) =>
        SetDisabledAtAsync(organizationId, db, null, cancellationToken);

    private static async Task<Results<NoContent, ProblemHttpResult>> SetDisabledAtAsync(
        Guid organizationId, AuthDbContext db, DateTimeOffset? disabledAt, CancellationToken cancellationToken)
    {
        var organization = await db.Set<Organization>().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
            return OrganizationProblems.NotFound("Organization not found.", "No organization with this id exists.");

        // Disabling twice keeps the first time it was disabled.
        organization.DisabledAt = disabledAt is null ? null : organization.DisabledAt ?? disabledAt;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
