using Auth.Service.Accounts.Users;
using Auth.Service.Organizations.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Accounts;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Messaging;

namespace Auth.Service.Organizations.Apis;

public static class InvitationEndpoints
{
    public static RouteGroupBuilder MapInvitationEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{organizationId:guid}/invitations", InviteAsync).WithName("InviteMember")
            .WithSummary("Invites someone by email to join the organization as owner or staff (owners only); the invitation is mailed with a link.")
            .WithDescription("400 names a bad email or role; 403 for staff; 404 when the caller is not a member; 409 when the person already belongs or a pending invitation for the email exists.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{organizationId:guid}/invitations", ListAsync).WithName("ListInvitations")
            .WithSummary("The organization's invitations with their status (owners only).")
            .WithDescription("403 for staff; 404 when the caller is not a member of the organization.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{organizationId:guid}/invitations/{invitationId:guid}", RevokeAsync).WithName("RevokeInvitation")
            .WithSummary("Revokes a pending invitation so its link stops working (owners only).")
            .WithDescription("403 for staff; 404 when the invitation is not one of the organization's; 409 when it is no longer pending.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapInvitationAcceptance();
        return group;
    }

    public static async Task<Results<Created<InvitationResponse>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        Guid organizationId, InviteMemberRequest request, [AsParameters] OrganizationServices services,
        IIntegrationEventOutbox outbox, IOptions<PlatformAuthenticationOptions> platform, IOptions<OrganizationInvitationOptions> options)
    {
        var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
        if (caller is null) return OrganizationProblems.OrganizationNotFound();
        if (!caller.IsOwner) return OrganizationProblems.OwnersOnly();

        var errors = OrganizationInput.Errors();
        OrganizationInput.CheckEmail(request.Email, errors);
        OrganizationInput.CheckRole(request.Role, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var email = request.Email!.Trim();
        var normalizedEmail = OrganizationInput.NormalizeEmail(email);
        var now = services.Clock.GetUtcNow();
        var alreadyMember = await (
                from member in services.Db.Set<OrganizationMember>()
                join user in services.Db.Set<PlatformUser>() on member.UserId equals user.Id
                where member.OrganizationId == organizationId && user.NormalizedEmail == normalizedEmail
                select member.UserId)
            .AnyAsync(services.CancellationToken);
        if (alreadyMember)
            return OrganizationProblems.Conflict("Already a member.", "Someone with this email already belongs to the organization.");
        var alreadyInvited = await services.Db.Set<OrganizationInvitation>().AnyAsync(i =>
            i.OrganizationId == organizationId && i.NormalizedEmail == normalizedEmail
            && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, services.CancellationToken);
        if (alreadyInvited)
            return OrganizationProblems.Conflict("Already invited.", "A pending invitation for this email exists; revoke it to send a new one.");

        var token = InvitationToken.Create();
        var invitation = new OrganizationInvitation
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Email = email,
            NormalizedEmail = normalizedEmail,
            Role = request.Role!,
            TokenHash = InvitationToken.Hash(token),
            InvitedByUserId = services.CallerId,
            CreatedAt = now,
            ExpiresAt = now + options.Value.Lifetime,
        };
        services.Db.Add(invitation);
        var acceptUrl = $"{platform.Value.Issuer}api/organizations/invitations/{invitation.Id}/accept?token={Uri.EscapeDataString(token)}";
        outbox.Add(new OrganizationInvitationCreated(
            invitation.Id, organizationId, caller.OrganizationName, email, invitation.Role,
            services.User.CallerName(), acceptUrl, invitation.ExpiresAt, now));
        await services.Db.SaveChangesAsync(services.CancellationToken);

        return TypedResults.Created($"/api/organizations/{organizationId}/invitations/{invitation.Id}", ToResponse(invitation, now));
    }

    public static async Task<Results<Ok<List<InvitationResponse>>, ProblemHttpResult>> ListAsync(
        Guid organizationId, [AsParameters] OrganizationServices services)
    {
        var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
        if (caller is null) return OrganizationProblems.OrganizationNotFound();
        if (!caller.IsOwner) return OrganizationProblems.OwnersOnly();

        var now = services.Clock.GetUtcNow();
        var invitations = await services.Db.Set<OrganizationInvitation>().AsNoTracking()
            .Where(i => i.OrganizationId == organizationId)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(services.CancellationToken);
        return TypedResults.Ok(invitations.Select(i => ToResponse(i, now)).ToList());
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid organizationId, Guid invitationId, [AsParameters] OrganizationServices services)
    {
        var caller = await CallerMembership.FindAsync(services.Db, organizationId, services.CallerId, services.CancellationToken);
        if (caller is null) return OrganizationProblems.OrganizationNotFound();
        if (!caller.IsOwner) return OrganizationProblems.OwnersOnly();

        var invitation = await services.Db.Set<OrganizationInvitation>()
            .SingleOrDefaultAsync(i => i.Id == invitationId && i.OrganizationId == organizationId, services.CancellationToken);
        if (invitation is null)
            return OrganizationProblems.NotFound("Invitation not found.", "No invitation with this id exists in the organization.");
        var status = invitation.StatusAt(services.Clock.GetUtcNow());
        if (status != InvitationStatus.Pending)
            return OrganizationProblems.Conflict("The invitation is no longer pending.", $"It is {status.ToString().ToLowerInvariant()}.");

        invitation.RevokedAt = services.Clock.GetUtcNow();
        await services.Db.SaveChangesAsync(services.CancellationToken);
        return TypedResults.NoContent();
    }

    public static InvitationResponse ToResponse(OrganizationInvitation invitation, DateTimeOffset now) => new(
        invitation.Id, invitation.OrganizationId, invitation.Email, invitation.Role,
        invitation.StatusAt(now).ToString().ToLowerInvariant(), invitation.CreatedAt, invitation.ExpiresAt);
}
