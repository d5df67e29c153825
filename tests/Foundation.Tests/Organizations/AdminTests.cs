using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Organizations;

public sealed class AdminTests(AuthServiceFixture auth) : IClassFixture<AuthServiceFixture>
{
    [Fact]
    public async Task Admin_endpoints_refuse_anonymous_callers_with_401_and_non_admins_with_403()
    {
        var someone = await auth.SignedInAsync(await auth.CreateUserAsync("someone"));
        string[] paths = ["/api/admin/users", "/api/admin/organizations"];

        foreach (var path in paths)
        {
            using var anonymous = await auth.Anonymous().GetAsync(path);
            using var notAdmin = await someone.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, notAdmin.StatusCode);
        }
        using var disable = await someone.PostAsync($"/api/admin/users/{Guid.CreateVersion7()}/disable", null);
        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
    }

    [Fact]
    public async Task Admin_searches_users_by_email_page_by_page()
    {
        var admin = await auth.SignedInAdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var created = new List<TestUser>();
        for (var i = 0; i < 3; i++) created.Add(await auth.CreateUserAsync($"search{tag}"));

        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?search=SEARCH{tag}&page=1&pageSize=2");
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?search=search{tag}&page=2&pageSize=2");

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(u => u.GetProperty("id").GetGuid()).ToHashSet();
        Assert.True(seen.SetEquals(created.Select(u => u.Id)));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Admin_listing_with_bad_paging_gets_400_naming_the_field(string query, string field)
    {
        var admin = await auth.SignedInAdminAsync();

        using var users = await admin.GetAsync($"/api/admin/users?{query}");
        using var organizations = await admin.GetAsync($"/api/admin/organizations?{query}");

        await users.AssertValidationErrorAsync(field);
        await organizations.AssertValidationErrorAsync(field);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_until_enabled_again()
    {
        var admin = await auth.SignedInAdminAsync();
        var user = await auth.CreateUserAsync("troublemaker");
        await auth.SignInAsync(user.Email, user.Password);

        using var disabled = await admin.PostAsync($"/api/admin/users/{user.Id}/disable", null);
        using var signInWhileDisabled = await auth.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email = user.Email, password = user.Password });
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?search={Uri.EscapeDataString(user.Email)}");
        using var enabled = await admin.PostAsync($"/api/admin/users/{user.Id}/enable", null);

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.False(signInWhileDisabled.IsSuccessStatusCode);
        Assert.True(listed.GetProperty("items")[0].GetProperty("isDisabled").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, enabled.StatusCode);
        await auth.SignInAsync(user.Email, user.Password);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_refresh_tokens()
    {
        var admin = await auth.SignedInAdminAsync();
        var user = await auth.CreateUserAsync("session");
        using var signIn = await auth.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email = user.Email, password = user.Password });
        var refreshToken = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();

        using var disabled = await admin.PostAsync($"/api/admin/users/{user.Id}/disable", null);
        await admin.PostAsync($"/api/admin/users/{user.Id}/enable", null);
        using var refresh = await auth.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.False(refresh.IsSuccessStatusCode, $"refresh after disable answered {(int)refresh.StatusCode}");
    }

    [Fact]
    public async Task Disabling_an_unknown_user_answers_404_and_disabling_oneself_409()
    {
        var admin = await auth.SignedInAdminAsync();
        var adminId = Guid.Parse(TokenClaims.Values(await auth.SignInAsync(AuthServiceFixture.AdminEmail, AuthServiceFixture.AdminPassword), "sub").Single());

        using var unknown = await admin.PostAsync($"/api/admin/users/{Guid.CreateVersion7()}/disable", null);
        using var self = await admin.PostAsync($"/api/admin/users/{adminId}/disable", null);

        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        await self.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_disabled_organization_answers_404_to_its_members_and_drops_out_of_their_tokens()
    {
        var admin = await auth.SignedInAdminAsync();
        var owner = await auth.CreateUserAsync("owner");
        var ownerClient = await auth.SignedInAsync(owner);
        var name = $"Shady Stadium {Guid.NewGuid():N}";
        var id = await ownerClient.CreateOrganizationAsync(name);

        using var disabled = await admin.PostAsync($"/api/admin/organizations/{id}/disable", null);
        using var get = await ownerClient.GetAsync($"/api/organizations/{id}");
        using var invite = await ownerClient.PostAsJsonAsync($"/api/organizations/{id}/invitations", new { email = "x@orgs.test", role = "staff" });
        var mine = await ownerClient.GetFromJsonAsync<List<JsonElement>>("/api/organizations");
        var freshToken = await auth.SignInAsync(owner.Email, owner.Password);
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/organizations?search={Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        await get.AssertProblemAsync(HttpStatusCode.NotFound);
        await invite.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(mine!);
        Assert.DoesNotContain(TokenClaims.Values(freshToken, "org"), c => c.StartsWith(id.ToString()));
        var row = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.True(row.GetProperty("isDisabled").GetBoolean());
        Assert.Equal(1, row.GetProperty("memberCount").GetInt32());

        using var enabled = await admin.PostAsync($"/api/admin/organizations/{id}/enable", null);
        Assert.Equal(HttpStatusCode.NoContent, enabled.StatusCode);
        using var back = await ownerClient.GetAsync($"/api/organizations/{id}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task Disabling_an_unknown_organization_answers_404()
    {
        var admin = await auth.SignedInAdminAsync();

        using var response = await admin.PostAsync($"/api/admin/organizations/{Guid.CreateVersion7()}/disable", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
