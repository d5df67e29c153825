using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Organizations;

public sealed class InvitationTests(AuthServiceFixture auth) : IClassFixture<AuthServiceFixture>
{
    [Fact]
    public async Task Invitation_is_staged_in_the_outbox_with_a_link_to_the_gateway_and_no_token_in_the_answer()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var id = await owner.CreateOrganizationAsync("Harbour Hall");

        using var response = await owner.PostAsJsonAsync($"/api/organizations/{id}/invitations", new { email = "  New.Staff@Orgs.Test ", role = "staff" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var invitationId = answer.GetProperty("id").GetGuid();
        Assert.Equal("pending", answer.GetProperty("status").GetString());
        Assert.False(answer.TryGetProperty("token", out _));
        var staged = (await auth.StagedInvitationsAsync()).Single(m => m.GetProperty("invitationId").GetGuid() == invitationId);
        Assert.Equal(id, staged.GetProperty("organizationId").GetGuid());
        Assert.Equal("Harbour Hall", staged.GetProperty("organizationName").GetString());
        Assert.Equal("New.Staff@Orgs.Test", staged.GetProperty("email").GetString());
        Assert.Equal("staff", staged.GetProperty("role").GetString());
        Assert.Equal("owner", staged.GetProperty("invitedByName").GetString());
        Assert.StartsWith($"{AuthServiceFixture.PublicBaseUrl}api/organizations/invitations/{invitationId}/accept?token=",
            staged.GetProperty("acceptUrl").GetString());
        var expiresIn = staged.GetProperty("expiresAt").GetDateTimeOffset() - staged.GetProperty("occurredAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromDays(7), expiresIn);
    }

    [Fact]
    public async Task Invited_user_with_the_verified_email_accepts_and_joins_with_the_invited_role()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var invitee = await auth.CreateUserAsync("invitee");
        var inviteeClient = await auth.SignedInAsync(invitee);
        var id = await owner.CreateOrganizationAsync();
        var invitation = await owner.InviteAsync(auth, id, invitee.Email.ToUpperInvariant(), "owner");

        using var accepted = await inviteeClient.AcceptAsync(invitation);
        using var again = await inviteeClient.AcceptAsync(invitation);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("owner", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("myRole").GetString());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        var members = await owner.MembersAsync(id);
        Assert.Contains(members, m => m.GetProperty("userId").GetGuid() == invitee.Id && m.GetProperty("role").GetString() == "owner"
            && m.GetProperty("email").GetString() == invitee.Email);
        var listed = await owner.GetFromJsonAsync<List<JsonElement>>($"/api/organizations/{id}/invitations");
        Assert.Equal("accepted", listed!.Single(i => i.GetProperty("id").GetGuid() == invitation.Id).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Someone_else_cannot_accept_an_invitation_even_with_its_link()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var invitee = await auth.CreateUserAsync("invitee");
        var intruder = await auth.SignedInAsync(await auth.CreateUserAsync("intruder"));
        var id = await owner.CreateOrganizationAsync();
        var invitation = await owner.InviteAsync(auth, id, invitee.Email, "staff");

        using var refused = await intruder.AcceptAsync(invitation);

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var outsiderView = await intruder.GetAsync($"/api/organizations/{id}");
        Assert.Equal(HttpStatusCode.NotFound, outsiderView.StatusCode);
        Assert.Single(await owner.MembersAsync(id));
    }

    [Fact]
    public async Task An_unverified_email_cannot_accept_until_verified()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var invitee = await auth.CreateUserAsync("unverified", verified: false);
        var id = await owner.CreateOrganizationAsync();
        var invitation = await owner.InviteAsync(auth, id, invitee.Email, "staff");

        using var refused = await (await auth.SignedInAsync(invitee)).AcceptAsync(invitation);

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Single(await owner.MembersAsync(id));
    }

    [Fact]
    public async Task A_wrong_token_answers_404_and_a_missing_token_400()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var invitee = await auth.CreateUserAsync("invitee");
        var inviteeClient = await auth.SignedInAsync(invitee);
        var id = await owner.CreateOrganizationAsync();
        var invitation = await owner.InviteAsync(auth, id, invitee.Email, "staff");

        using var wrongToken = await inviteeClient.AcceptAsync(invitation with { Token = invitation.Token[..^2] + "xx" });
        using var unknownInvitation = await inviteeClient.AcceptAsync(invitation with { Id = Guid.CreateVersion7() });
        using var noToken = await inviteeClient.PostAsJsonAsync($"/api/organizations/invitations/{invitation.Id}/accept", new { });

        await wrongToken.AssertProblemAsync(HttpStatusCode.NotFound);
        await unknownInvitation.AssertProblemAsync(HttpStatusCode.NotFound);
        await noToken.AssertValidationErrorAsync("token");
        Assert.Single(await owner.MembersAsync(id));
    }

    [Fact]
    public async Task A_revoked_or_expired_invitation_answers_410()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var invitee = await auth.CreateUserAsync("invitee");
        var inviteeClient = await auth.SignedInAsync(invitee);
        var revokedOrg = await owner.CreateOrganizationAsync("Revoked Rooms");
        var expiredOrg = await owner.CreateOrganizationAsync("Expired Estates");
        var revoked = await owner.InviteAsync(auth, revokedOrg, invitee.Email, "staff");
        var expired = await owner.InviteAsync(auth, expiredOrg, invitee.Email, "staff");

        using var revoke = await owner.DeleteAsync($"/api/organizations/{revokedOrg}/invitations/{revoked.Id}");
        using var revokeAgain = await owner.DeleteAsync($"/api/organizations/{revokedOrg}/invitations/{revoked.Id}");
        await auth.ExecuteSqlAsync("UPDATE organization_invitations SET expires_at = now() - interval '1 minute' WHERE id = @id", ("id", expired.Id));

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await revokeAgain.AssertProblemAsync(HttpStatusCode.Conflict);
        using var acceptRevoked = await inviteeClient.AcceptAsync(revoked);
        using var acceptExpired = await inviteeClient.AcceptAsync(expired);
        await acceptRevoked.AssertProblemAsync(HttpStatusCode.Gone);
        await acceptExpired.AssertProblemAsync(HttpStatusCode.Gone);
        Assert.Empty((await inviteeClient.GetFromJsonAsync<List<JsonElement>>("/api/organizations"))!);
    }

    [Fact]
    public async Task An_invitation_cannot_be_revoked_through_another_organization()
    {
        var victim = await auth.SignedInAsync(await auth.CreateUserAsync("victim"));
        var attacker = await auth.SignedInAsync(await auth.CreateUserAsync("attacker"));
        var victimOrg = await victim.CreateOrganizationAsync("Victim Venue");
        var attackerOrg = await attacker.CreateOrganizationAsync("Attacker Arena");
        var invitation = await victim.InviteAsync(auth, victimOrg, "guest@orgs.test", "staff");

        using var crossTenant = await attacker.DeleteAsync($"/api/organizations/{attackerOrg}/invitations/{invitation.Id}");

        await crossTenant.AssertProblemAsync(HttpStatusCode.NotFound);
        var listed = await victim.GetFromJsonAsync<List<JsonElement>>($"/api/organizations/{victimOrg}/invitations");
        Assert.Equal("pending", listed!.Single().GetProperty("status").GetString());
        Assert.Empty((await attacker.GetFromJsonAsync<List<JsonElement>>($"/api/organizations/{attackerOrg}/invitations"))!);
    }

    [Fact]
    public async Task Staff_cannot_invite_list_or_revoke_invitations()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var staff = await auth.CreateUserAsync("staff");
        var staffClient = await auth.SignedInAsync(staff);
        var id = await owner.CreateOrganizationAsync();
        await owner.JoinAsync(auth, id, staff, staffClient, "staff");
        var pending = await owner.InviteAsync(auth, id, "pending@orgs.test", "staff");

        using var invite = await staffClient.PostAsJsonAsync($"/api/organizations/{id}/invitations", new { email = "friend@orgs.test", role = "owner" });
        using var list = await staffClient.GetAsync($"/api/organizations/{id}/invitations");
        using var revoke = await staffClient.DeleteAsync($"/api/organizations/{id}/invitations/{pending.Id}");

        await invite.AssertProblemAsync(HttpStatusCode.Forbidden);
        await list.AssertProblemAsync(HttpStatusCode.Forbidden);
        await revoke.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(await auth.StagedInvitationsAsync(), m => m.GetProperty("email").GetString() == "friend@orgs.test");
    }

    [Fact]
    public async Task Inviting_a_member_or_an_email_with_a_pending_invitation_answers_409()
    {
        var ownerUser = await auth.CreateUserAsync("owner");
        var owner = await auth.SignedInAsync(ownerUser);
        var id = await owner.CreateOrganizationAsync();
        await owner.InviteAsync(auth, id, "twice@orgs.test", "staff");

        using var member = await owner.PostAsJsonAsync($"/api/organizations/{id}/invitations", new { email = ownerUser.Email, role = "staff" });
        using var twice = await owner.PostAsJsonAsync($"/api/organizations/{id}/invitations", new { email = "TWICE@orgs.test", role = "owner" });

        await member.AssertProblemAsync(HttpStatusCode.Conflict);
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("not-an-email", "staff", new[] { "email" })]
    [InlineData("ok@orgs.test", "admin", new[] { "role" })]
    [InlineData("", "", new[] { "email", "role" })]
    [InlineData(null, null, new[] { "email", "role" })]
    public async Task Invitation_with_a_bad_email_or_role_gets_400_naming_each_field(string? email, string? role, string[] fields)
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var id = await owner.CreateOrganizationAsync();

        using var response = await owner.PostAsJsonAsync($"/api/organizations/{id}/invitations", new { email, role });

        await response.AssertValidationErrorAsync(fields);
    }

    [Fact]
    public async Task Invitation_email_over_256_characters_gets_400()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var id = await owner.CreateOrganizationAsync();

        using var response = await owner.PostAsJsonAsync($"/api/organizations/{id}/invitations",
            new { email = new string('a', 250) + "@orgs.test", role = "staff" });

        await response.AssertValidationErrorAsync("email");
    }
}
