using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Organizations;

public sealed class MemberTests(AuthServiceFixture auth) : IClassFixture<AuthServiceFixture>
{
    [Fact]
    public async Task Owner_promotes_and_demotes_a_member()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var staff = await auth.CreateUserAsync("staff");
        var staffClient = await auth.SignedInAsync(staff);
        var id = await owner.CreateOrganizationAsync();
        await owner.JoinAsync(auth, id, staff, staffClient, "staff");

        using var promoted = await owner.PutAsJsonAsync($"/api/organizations/{id}/members/{staff.Id}/role", new { role = "owner" });
        var afterPromotion = RoleOf(await owner.MembersAsync(id), staff.Id);
        using var demoted = await owner.PutAsJsonAsync($"/api/organizations/{id}/members/{staff.Id}/role", new { role = "staff" });

        Assert.Equal(HttpStatusCode.NoContent, promoted.StatusCode);
        Assert.Equal("owner", afterPromotion);
        Assert.Equal(HttpStatusCode.NoContent, demoted.StatusCode);
        Assert.Equal("staff", RoleOf(await owner.MembersAsync(id), staff.Id));
    }

    [Fact]
    public async Task The_last_owner_cannot_be_demoted_removed_or_leave()
    {
        var ownerUser = await auth.CreateUserAsync("owner");
        var owner = await auth.SignedInAsync(ownerUser);
        var staff = await auth.CreateUserAsync("staff");
        var staffClient = await auth.SignedInAsync(staff);
        var id = await owner.CreateOrganizationAsync();
        await owner.JoinAsync(auth, id, staff, staffClient, "staff");

        using var demote = await owner.PutAsJsonAsync($"/api/organizations/{id}/members/{ownerUser.Id}/role", new { role = "staff" });
        using var remove = await owner.DeleteAsync($"/api/organizations/{id}/members/{ownerUser.Id}");
        using var leave = await owner.PostAsync($"/api/organizations/{id}/leave", null);

        await demote.AssertProblemAsync(HttpStatusCode.Conflict);
        await remove.AssertProblemAsync(HttpStatusCode.Conflict);
        await leave.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("owner", RoleOf(await owner.MembersAsync(id), ownerUser.Id));
    }

    [Fact]
    public async Task Two_owners_demoting_each_other_at_once_leave_exactly_one_owner()
    {
        var first = await auth.CreateUserAsync("first");
        var firstClient = await auth.SignedInAsync(first);
        var second = await auth.CreateUserAsync("second");
        var secondClient = await auth.SignedInAsync(second);

        for (var round = 0; round < 5; round++)
        {
            var id = await firstClient.CreateOrganizationAsync($"Race Room {round}");
            await firstClient.JoinAsync(auth, id, second, secondClient, "owner");

            var answers = await Task.WhenAll(
                firstClient.PutAsJsonAsync($"/api/organizations/{id}/members/{second.Id}/role", new { role = "staff" }),
                secondClient.PutAsJsonAsync($"/api/organizations/{id}/members/{first.Id}/role", new { role = "staff" }));

            // Serialized: whoever comes second is already staff, so may no longer change roles.
            Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Forbidden], answers.Select(a => a.StatusCode).Order());
            Assert.Single(await firstClient.MembersAsync(id), m => m.GetProperty("role").GetString() == "owner");
        }
    }

    [Fact]
    public async Task An_owner_can_leave_once_another_member_is_owner()
    {
        var ownerUser = await auth.CreateUserAsync("owner");
        var owner = await auth.SignedInAsync(ownerUser);
        var successor = await auth.CreateUserAsync("successor");
        var successorClient = await auth.SignedInAsync(successor);
        var id = await owner.CreateOrganizationAsync();
        await owner.JoinAsync(auth, id, successor, successorClient, "owner");

        using var leave = await owner.PostAsync($"/api/organizations/{id}/leave", null);

        Assert.Equal(HttpStatusCode.NoContent, leave.StatusCode);
        using var gone = await owner.GetAsync($"/api/organizations/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var remaining = Assert.Single(await successorClient.MembersAsync(id));
        Assert.Equal(successor.Id, remaining.GetProperty("userId").GetGuid());
    }

    [Fact]
    public async Task A_removed_member_loses_access_at_once()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var staff = await auth.CreateUserAsync("staff");
        var staffClient = await auth.SignedInAsync(staff);
        var id = await owner.CreateOrganizationAsync();
        await owner.JoinAsync(auth, id, staff, staffClient, "staff");

        using var removed = await owner.DeleteAsync($"/api/organizations/{id}/members/{staff.Id}");
        using var removedTwice = await owner.DeleteAsync($"/api/organizations/{id}/members/{staff.Id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await removedTwice.AssertProblemAsync(HttpStatusCode.NotFound);
        // The same access token, still unexpired: membership is checked against the database, not the token.
        using var afterwards = await staffClient.GetAsync($"/api/organizations/{id}/members");
        await afterwards.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_staff_member_leaves_but_cannot_change_roles_or_remove_others()
    {
        var ownerUser = await auth.CreateUserAsync("owner");
        var owner = await auth.SignedInAsync(ownerUser);
        var staff = await auth.CreateUserAsync("staff");
        var staffClient = await auth.SignedInAsync(staff);
        var id = await owner.CreateOrganizationAsync();
        await owner.JoinAsync(auth, id, staff, staffClient, "staff");

        using var promoteSelf = await staffClient.PutAsJsonAsync($"/api/organizations/{id}/members/{staff.Id}/role", new { role = "owner" });
        using var removeOwner = await staffClient.DeleteAsync($"/api/organizations/{id}/members/{ownerUser.Id}");
        using var leave = await staffClient.PostAsync($"/api/organizations/{id}/leave", null);

        await promoteSelf.AssertProblemAsync(HttpStatusCode.Forbidden);
        await removeOwner.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, leave.StatusCode);
        var members = await owner.MembersAsync(id);
        Assert.Equal(ownerUser.Id, Assert.Single(members).GetProperty("userId").GetGuid());
    }

    [Theory]
    [InlineData("{\"role\":\"admin\"}")]
    [InlineData("{\"role\":\"\"}")]
    [InlineData("{}")]
    public async Task An_unknown_or_missing_role_gets_400_naming_it(string json)
    {
        var ownerUser = await auth.CreateUserAsync("owner");
        var owner = await auth.SignedInAsync(ownerUser);
        var id = await owner.CreateOrganizationAsync();

        using var response = await owner.PutAsync($"/api/organizations/{id}/members/{ownerUser.Id}/role",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertValidationErrorAsync("role");
    }

    [Fact]
    public async Task Changing_the_role_of_a_non_member_answers_404()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var stranger = await auth.CreateUserAsync("stranger");
        var id = await owner.CreateOrganizationAsync();

        using var response = await owner.PutAsJsonAsync($"/api/organizations/{id}/members/{stranger.Id}/role", new { role = "owner" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_fresh_token_carries_each_membership_as_an_org_claim()
    {
        var user = await auth.CreateUserAsync("organizer");
        var client = await auth.SignedInAsync(user);
        var id = await client.CreateOrganizationAsync();

        var token = await auth.SignInAsync(user.Email, user.Password);

        Assert.Contains($"{id}:owner", TokenClaims.Values(token, "org"));
    }

    private static string? RoleOf(List<JsonElement> members, Guid userId) =>
        members.Single(m => m.GetProperty("userId").GetGuid() == userId).GetProperty("role").GetString();
}
