using Auth.Service.Accounts.Users;
using Auth.Service.Organizations.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Organizations.Apis;

// The invited person, signed in with the invited (and verified) email, joins with the invited role.
public static class InvitationAcceptanceEndpoint
{
    public static RouteGroupBuilder MapInvitationAcceptance(this RouteGroupBuilder group)
    {
        group.MapPost("/invitations/{invitationId:guid}/accept", AcceptAsync).WithName("AcceptInvitation")
            .WithSummary("Joins the organization with the invited role, using the token from the invitation mail.")
            .WithDescription("The caller must be signed in with the invited email address, verified. 403 when the invitation is for someone else or the email is not verified; 404 for an unknown invitation or token; 409 when already a member or already used; 410 when revoked or expired.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        group.MapGet("/invitations/{invitationId:guid}/accept", HowToAccept).WithName("HowToAcceptInvitation")
            .WithSummary("The invitation mail's link: says in plain text how to accept.")
            .WithDescription("The platform has no web front end yet, so following the link explains the POST that accepts.")
            .AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        return group;
    }

    // The platform has no web front end yet: the emailed link says how to accept rather than answering 405.
    public static ContentHttpResult HowToAccept(Guid invitationId) =>
        TypedResults.Content(
            "Sign in (or register) with the invited email address, then send " +
            $"POST /api/organizations/invitations/{invitationId}/accept with the JSON body " +
            "{\"token\":\"<the token from your email link>\"} and your access token.",
            "text/plain");

    public static async Task<Results<Ok<OrganizationResponse>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        Guid invitationId, AcceptInvitationRequest request, [AsParameters] OrganizationServices services)
    {
        if (string.IsNullOrWhiteSpace(request.Token))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["token"] = ["The token is required."] });

        var invitation = await services.Db.Set<OrganizationInvitation>().AsNoTracking().Include(i => i.Organization)
            .SingleOrDefaultAsync(i => i.Id == invitationId, services.CancellationToken);
        // A wrong token says no more than a wrong id: the invitation's existence is not revealed.
        if (invitation is null || invitation.Organization!.IsDisabled || !InvitationToken.Matches(request.Token, invitation.TokenHash))
            return OrganizationProblems.NotFound("Invitation not found.", "The invitation link is not valid.");

        var callerId = services.CallerId;
        var caller = await services.Db.Set<PlatformUser>().AsNoTracking()
            .Where(u => u.Id == callerId)
            .Select(u => new { u.NormalizedEmail, u.EmailConfirmed })
            .SingleOrDefaultAsync(services.CancellationToken);
        if (caller is null || caller.NormalizedEmail != invitation.NormalizedEmail)
            return OrganizationProblems.Forbidden("This invitation is for someone else.",
                "Sign in with the email address the invitation was sent to.");
        if (!caller.EmailConfirmed)
            return OrganizationProblems.Forbidden("Email not verified.", "Verify your email address, then accept the invitation.");

        return await services.Db.InLockedOrganizationAsync(invitation.OrganizationId, async Task<Results<Ok<OrganizationResponse>, ValidationProblem, ProblemHttpResult>> () =>
        {
            var pending = await services.Db.Set<OrganizationInvitation>().SingleAsync(i => i.Id == invitationId, services.CancellationToken);
            var now = services.Clock.GetUtcNow();
            switch (pending.StatusAt(now))
            {
                case InvitationStatus.Accepted:
                    return OrganizationProblems.Conflict("Invitation already used.", "This invitation has already been accepted.");
                case InvitationStatus.Revoked:
                    return OrganizationProblems.Gone("Invitation revoked.", "An owner revoked this invitation; ask for a new one.");
                case InvitationStatus.Expired:
                    return OrganizationProblems.Gone("Invitation expired.", "This invitation has expired; ask for a new one.");
            }

            var isMember = await services.Db.Set<OrganizationMember>()
                .AnyAsync(m => m.OrganizationId == pending.OrganizationId && m.UserId == callerId, services.CancellationToken);
            if (isMember)
                return OrganizationProblems.Conflict("Already a member.", "You already belong to this organization.");

            pending.AcceptedAt = now;
            pending.AcceptedByUserId = callerId;
            services.Db.Add(new OrganizationMember
            {
                OrganizationId = pending.OrganizationId,
                UserId = callerId,
                Role = pending.Role,
                JoinedAt = now,
            });
            await services.Db.SaveChangesAsync(services.CancellationToken);
            return TypedResults.Ok(new OrganizationResponse(
                pending.OrganizationId, invitation.Organization.Name, pending.Role, invitation.Organization.CreatedAt));
        }, services.CancellationToken);
    }
}
