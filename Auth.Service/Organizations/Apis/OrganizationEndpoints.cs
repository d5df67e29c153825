using Auth.Service.Organizations.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Organizations.Apis;

public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganizationEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/", CreateAsync).WithName("CreateOrganization")
            .WithSummary("Creates an organization (a tenant that publishes events) with the caller as its owner.")
            .WithDescription("400 names a name that is missing, too short or too long.");
        group.MapGet("/", ListMineAsync).WithName("ListMyOrganizations")
            .WithSummary("The organizations the caller belongs to, with the caller's role in each.")
            .WithDescription("Empty when the caller belongs to none.");
        group.MapGet("/{organizationId:guid}", GetAsync).WithName("GetOrganization")
            .WithSummary("One of the caller's organizations.")
            .WithDescription("404 when it does not exist or the caller is not a member (another tenant's organization is never shown).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{organizationId:guid}", RenameAsync).WithName("RenameOrganization")
            .WithSummary("Renames the organization (owners only).")
            .WithDescription("400 names a bad name; 403 for staff; 404 when the caller is not a member.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Results<Created<OrganizationResponse>, ValidationProblem>> CreateAsync(
        CreateOrganizationRequest request, [AsParameters] OrganizationServices services)
    {
        var errors = OrganizationInput.Errors();
        OrganizationInput.CheckName(request.Name, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var now = services.Clock.GetUtcNow();
        var organization = new Organization { Id = Guid.CreateVersion7(now), Name = request.Name!.Trim(), CreatedAt = now };
        organization.Members.Add(new OrganizationMember
        {
            OrganizationId = organization.Id,
            UserId = services.CallerId,
            Role = OrganizationRoles.Owner,
            JoinedAt = now,
        });
        services.Db.Add(organization);
        await services.Db.SaveChangesAsync(services.CancellationToken);

        return TypedResults.Created($"/api/organizations/{organization.Id}",
            new OrganizationResponse(organization.Id, organization.Name, OrganizationRoles.Owner, organization.CreatedAt));
    }

    public static async Task<Ok<List<OrganizationResponse>>> ListMineAsync([AsParameters] OrganizationServices services)
    {
        var callerId = services.CallerId;
        var mine = await services.Db.Set<OrganizationMember>()
            .AsNoTracking()
            .Where(m => m.UserId == callerId && m.Organization!.DisabledAt == null)
            .OrderBy(m => m.Organization!.Name).ThenBy(m => m.OrganizationId)
            .Select(m => new OrganizationResponse(m.OrganizationId, m.Organization!.Name, m.Role, m.Organization.CreatedAt))
            .ToListAsync(services.CancellationToken);
        return TypedResults.Ok(mine);
    }

    public static async Task<Results<Ok<OrganizationResponse>, ProblemHttpResult>> GetAsync(
        Guid organizationId, [AsParameters] OrganizationServices services)
    {
        var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
        if (caller is null) return OrganizationProblems.OrganizationNotFound();
        return TypedResults.Ok(new OrganizationResponse(caller.OrganizationId, caller.OrganizationName, caller.Role, caller.CreatedAt));
    }

    public static async Task<Results<Ok<OrganizationResponse>, ValidationProblem, ProblemHttpResult>> RenameAsync(
        Guid organizationId, RenameOrganizationRequest request, [AsParameters] OrganizationServices services)
    {
        var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
        if (caller is null) return OrganizationProblems.OrganizationNotFound();
        if (!caller.IsOwner) return OrganizationProblems.OwnersOnly();

        var errors = OrganizationInput.Errors();
        OrganizationInput.CheckName(request.Name, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var organization = await services.Db.Set<Organization>().SingleAsync(o => o.Id == organizationId, services.CancellationToken);
        organization.Name = request.Name!.Trim();
        await services.Db.SaveChangesAsync(services.CancellationToken);
        return TypedResults.Ok(new OrganizationResponse(organization.Id, organization.Name, caller.Role, organization.CreatedAt));
    }
}
