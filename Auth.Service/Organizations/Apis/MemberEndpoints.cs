using Auth.Service.Accounts.Users;
using Auth.Service.Infrastructure;
using Auth.Service.Organizations.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Organizations.Apis;

public static class MemberEndpoints
{
    public static RouteGroupBuilder MapMemberEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{organizationId:guid}/members", ListAsync).WithName("ListOrganizationMembers")
            .WithSummary("The organization's members with their roles (any member).")
            .WithDescription("404 when the caller is not a member of the organization.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{organizationId:guid}/members/{userId:guid}/role", ChangeRoleAsync).WithName("ChangeMemberRole")
            .WithSummary("Makes a member owner or staff (owners only).")
            .WithDescription("400 names a bad role; 403 for staff; 404 when the user is not a member; 409 when the last owner would be demoted.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{organizationId:guid}/members/{userId:guid}", RemoveAsync).WithName("RemoveMember")
            .WithSummary("Removes a member from the organization (owners only).")
            .WithDescription("403 for staff; 404 when the user is not a member; 409 when the last owner would be removed.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{organizationId:guid}/leave", LeaveAsync).WithName("LeaveOrganization")
            .WithSummary("The caller leaves the organization.")
            .WithDescription("404 when the caller is not a member; 409 for the last owner, who must first make another member an owner.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Results<Ok<List<MemberResponse>>, ProblemHttpResult>> ListAsync(
        Guid organizationId, [AsParameters] OrganizationServices services)
    {
        var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
        if (caller is null) return OrganizationProblems.OrganizationNotFound();

        var members = await (
                from member in services.Db.Set<OrganizationMember>().AsNoTracking()
                join user in services.Db.Set<PlatformUser>() on member.UserId equals user.Id
                where member.OrganizationId == organizationId
                orderby member.JoinedAt, member.UserId
                select new MemberResponse(member.UserId, user.Email!, user.DisplayName, member.Role, member.JoinedAt))
            .ToListAsync(services.CancellationToken);
        return TypedResults.Ok(members);
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeRoleAsync(
        Guid organizationId, Guid userId, ChangeMemberRoleRequest request, [AsParameters] OrganizationServices services)
    {
        var errors = OrganizationInput.Errors();
        OrganizationInput.CheckRole(request.Role, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        return await services.Db.InLockedOrganizationAsync(organizationId, async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> () =>
        {
            var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
            if (caller is null) return OrganizationProblems.OrganizationNotFound();
            if (!caller.IsOwner) return OrganizationProblems.OwnersOnly();

            var target = await FindMemberAsync(services.Db, organizationId, userId, services.CancellationToken);
            if (target is null) return MemberNotFound();
            if (target.Role == OrganizationRoles.Owner && request.Role != OrganizationRoles.Owner
                && await OwnerCountAsync(services.Db, organizationId, services.CancellationToken) == 1)
                return OrganizationProblems.LastOwner();

            target.Role = request.Role!;
            await services.Db.SaveChangesAsync(services.CancellationToken);
            return TypedResults.NoContent();
        }, services.CancellationToken);
    }

    public static Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid organizationId, Guid userId, [AsParameters] OrganizationServices services) =>
        services.Db.InLockedOrganizationAsync(organizationId, async Task<Results<NoContent, ProblemHttpResult>> () =>
        {
            var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
            if (caller is null) return OrganizationProblems.OrganizationNotFound();
            if (!caller.IsOwner) return OrganizationProblems.OwnersOnly();

            var target = await FindMemberAsync(services.Db, organizationId, userId, services.CancellationToken);
            if (target is null) return MemberNotFound();
            if (target.Role == OrganizationRoles.Owner && await OwnerCountAsync(services.Db, organizationId, services.CancellationToken) == 1)
                return OrganizationProblems.LastOwner();

            services.Db.Remove(target);
            await services.Db.SaveChangesAsync(services.CancellationToken);
            return TypedResults.NoContent();
        }, services.CancellationToken);

    public static Task<Results<NoContent, ProblemHttpResult>> LeaveAsync(
        Guid organizationId, [AsParameters] OrganizationServices services) =>
        services.Db.InLockedOrganizationAsync(organizationId, async Task<Results<NoContent, ProblemHttpResult>> () =>
        {
            var self = await FindMemberAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
            if (self is null || self.Organization!.IsDisabled) return OrganizationProblems.OrganizationNotFound();
            if (self.Role == OrganizationRoles.Owner && await OwnerCountAsync(services.Db, organizationId, services.CancellationToken) == 1)
                return OrganizationProblems.LastOwner();

            services.Db.Remove(self);
            await services.Db.SaveChangesAsync(services.CancellationToken);
            return TypedResults.NoContent();
        }, services.CancellationToken);

    private static Task<OrganizationMember?> FindMemberAsync(AuthDbContext db, Guid organizationId, Guid userId, CancellationToken cancellationToken) =>
        db.Set<OrganizationMember>().Include(m => m.Organization)
            .SingleOrDefaultAsync(m => m.OrganizationId == organizationId && m.UserId == userId, cancellationToken);

    private static Task<int> OwnerCountAsync(AuthDbContext db, Guid organizationId, CancellationToken cancellationToken) =>
        db.Set<OrganizationMember>().CountAsync(m => m.OrganizationId == organizationId && m.Role == OrganizationRoles.Owner, cancellationToken);

    private static ProblemHttpResult MemberNotFound() =>
        OrganizationProblems.NotFound("Member not found.", "This user is not a member of the organization.");
}
