using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Organizations;

public sealed class OrganizationTests(AuthServiceFixture auth) : IClassFixture<AuthServiceFixture>
{
    [Fact]
    public async Task Creating_an_organization_makes_the_caller_its_owner()
    {
        var organizer = await auth.SignedInAsync(await auth.CreateUserAsync("organizer"));

        using var created = await organizer.PostAsJsonAsync("/api/organizations", new { name = "  Harbour Hall  " });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("Harbour Hall", body.GetProperty("name").GetString());
        Assert.Equal("owner", body.GetProperty("myRole").GetString());
        Assert.Equal($"/api/organizations/{id}", created.Headers.Location?.OriginalString);

        var mine = await organizer.GetFromJsonAsync<List<JsonElement>>("/api/organizations");
        var listed = Assert.Single(mine!);
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal("owner", listed.GetProperty("myRole").GetString());
        var one = await organizer.GetFromJsonAsync<JsonElement>($"/api/organizations/{id}");
        Assert.Equal("Harbour Hall", one.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_user_lists_every_organization_they_belong_to_with_their_role_in_each()
    {
        var alice = await auth.CreateUserAsync("alice");
        var aliceClient = await auth.SignedInAsync(alice);
        var bob = await auth.SignedInAsync(await auth.CreateUserAsync("bob"));
        var aliceOwn = await aliceClient.CreateOrganizationAsync("Alice Arena");
        var bobs = await bob.CreateOrganizationAsync("Bob Ballroom");
        await bob.JoinAsync(auth, bobs, alice, aliceClient, "staff");

        var mine = await aliceClient.GetFromJsonAsync<List<JsonElement>>("/api/organizations");

        Assert.Equal(
            [(aliceOwn, "owner"), (bobs, "staff")],
            mine!.Select(o => (o.GetProperty("id").GetGuid(), o.GetProperty("myRole").GetString())).ToList());
    }

    [Fact]
    public async Task Owner_renames_the_organization_but_staff_get_403()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var staff = await auth.CreateUserAsync("staff");
        var staffClient = await auth.SignedInAsync(staff);
        var id = await owner.CreateOrganizationAsync();
        await owner.JoinAsync(auth, id, staff, staffClient, "staff");

        using var renamed = await owner.PatchAsJsonAsync($"/api/organizations/{id}", new { name = "Harbour Hall Live" });
        using var refused = await staffClient.PatchAsJsonAsync($"/api/organizations/{id}", new { name = "Staff Takeover" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        var now = await staffClient.GetFromJsonAsync<JsonElement>($"/api/organizations/{id}");
        Assert.Equal("Harbour Hall Live", now.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Another_tenants_organization_answers_404_on_every_endpoint()
    {
        var owner = await auth.SignedInAsync(await auth.CreateUserAsync("owner"));
        var outsider = await auth.SignedInAsync(await auth.CreateUserAsync("outsider"));
        var id = await owner.CreateOrganizationAsync("Private Venue");
        var ownerId = (await owner.MembersAsync(id)).Single().GetProperty("userId").GetGuid();

        var responses = new[]
        {
            await outsider.GetAsync($"/api/organizations/{id}"),
            await outsider.PatchAsJsonAsync($"/api/organizations/{id}", new { name = "Mine now" }),
            await outsider.GetAsync($"/api/organizations/{id}/members"),
            await outsider.PutAsJsonAsync($"/api/organizations/{id}/members/{ownerId}/role", new { role = "staff" }),
            await outsider.DeleteAsync($"/api/organizations/{id}/members/{ownerId}"),
            await outsider.PostAsync($"/api/organizations/{id}/leave", null),
            await outsider.PostAsJsonAsync($"/api/organizations/{id}/invitations", new { email = "x@orgs.test", role = "owner" }),
            await outsider.GetAsync($"/api/organizations/{id}/invitations"),
        };

        foreach (var response in responses)
        {
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain("Private Venue", await response.Content.ReadAsStringAsync());
        }
        Assert.Empty((await outsider.GetFromJsonAsync<List<JsonElement>>("/api/organizations"))!);
    }

    [Fact]
    public async Task Organization_endpoints_need_a_signed_in_caller()
    {
        using var list = await auth.Anonymous().GetAsync("/api/organizations");
        using var create = await auth.Anonymous().PostAsJsonAsync("/api/organizations", new { name = "Anonymous Hall" });
        using var forged = await auth.WithBearer("not-a-token").GetAsync("/api/organizations");

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"name\":\"   \"}")]
    [InlineData("{\"name\":\"A\"}")]
    [InlineData("{\"name\":123}")]
    public async Task Organization_name_that_is_missing_short_or_not_text_gets_400_naming_it(string json)
    {
        var organizer = await auth.SignedInAsync(await auth.CreateUserAsync("organizer"));

        using var response = await organizer.PostAsync("/api/organizations", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await organizer.GetFromJsonAsync<List<JsonElement>>("/api/organizations"))!);
    }

    [Fact]
    public async Task Organization_name_over_100_characters_gets_400_naming_it()
    {
        var organizer = await auth.SignedInAsync(await auth.CreateUserAsync("organizer"));

        using var tooLong = await organizer.PostAsJsonAsync("/api/organizations", new { name = new string('n', 101) });
        using var longest = await organizer.PostAsJsonAsync("/api/organizations", new { name = new string('n', 100) });

        await tooLong.AssertValidationErrorAsync("name");
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_400()
    {
        var organizer = await auth.SignedInAsync(await auth.CreateUserAsync("organizer"));

        using var response = await organizer.PostAsync("/api/organizations", new StringContent("{\"name\":", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
