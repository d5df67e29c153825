using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class OrganizationJourneyTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Owner_creates_invites_by_email_the_invitee_accepts_gets_promoted_and_is_removed()
    {
        var owner = Customer.New(fixture.Platform, "owner");
        await owner.RegisterAsync("Olivia Owner");
        var ownerToken = (await owner.SignInAsync()).AccessToken;

        using var created = await owner.SendAsync(HttpMethod.Post, "/api/organizations", ownerToken, new { name = "Harbour Jazz Club" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(created));
        var organizationId = (await JsonBody(created)).GetProperty("id").GetGuid();
        // Memberships travel in the token: the owner's next token says so.
        ownerToken = (await owner.SignInAsync()).AccessToken;
        Assert.Contains($"{organizationId}:owner", TokenClaims.All(ownerToken, "org"));

        var staff = Customer.New(fixture.Platform, "staff");
        using (var invited = await owner.SendAsync(HttpMethod.Post, $"/api/organizations/{organizationId}/invitations", ownerToken,
                   new { email = staff.Email, role = "staff" }))
            Assert.True(invited.StatusCode == HttpStatusCode.Created, await Customer.DescribeAsync(invited));

        var invitation = (await staff.MailAsync()).Single();
        Assert.Contains("Harbour Jazz Club", invitation.TextBody);
        var accept = Customer.LinkIn(invitation, "accept");
        var token = System.Web.HttpUtility.ParseQueryString(accept.Query)["token"];
        using (var clicked = await staff.Gateway.GetAsync(accept.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
            Assert.Contains("POST", await clicked.Content.ReadAsStringAsync());
        }

        var staffId = await staff.RegisterAsync("Sam Staff");
        var verification = (await staff.MailAsync(2)).Single(m => (m.TextBody ?? "").Contains("verify-email"));
        using (var verified = await staff.Gateway.GetAsync(Customer.LinkIn(verification, "verify-email").PathAndQuery))
            Assert.True(verified.IsSuccessStatusCode, await Customer.DescribeAsync(verified));
        var staffToken = (await staff.SignInAsync()).AccessToken;

        // Someone else holding the link cannot use it.
        var eve = Customer.New(fixture.Platform, "eve");
        await eve.RegisterAsync();
        var eveToken = (await eve.SignInAsync()).AccessToken;
        using (var stolen = await eve.SendAsync(HttpMethod.Post, accept.AbsolutePath, eveToken, new { token }))
            Assert.True((int)stolen.StatusCode is >= 400 and < 500, await Customer.DescribeAsync(stolen));

        using (var accepted = await staff.SendAsync(HttpMethod.Post, accept.AbsolutePath, staffToken, new { token }))
            Assert.True(accepted.IsSuccessStatusCode, await Customer.DescribeAsync(accepted));
        staffToken = (await staff.SignInAsync()).AccessToken;
        Assert.Contains($"{organizationId}:staff", TokenClaims.All(staffToken, "org"));

        // Staff see the organization but cannot invite; another tenant sees nothing at all.
        using (var seen = await staff.SendAsync(HttpMethod.Get, $"/api/organizations/{organizationId}", staffToken))
            Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        using (var staffInvites = await staff.SendAsync(HttpMethod.Post, $"/api/organizations/{organizationId}/invitations", staffToken,
                   new { email = eve.Email, role = "staff" }))
            Assert.Equal(HttpStatusCode.Forbidden, staffInvites.StatusCode);
        using (var hidden = await eve.SendAsync(HttpMethod.Get, $"/api/organizations/{organizationId}", eveToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.DoesNotContain("Harbour", await hidden.Content.ReadAsStringAsync());
        }

        using (var promoted = await owner.SendAsync(HttpMethod.Put, $"/api/organizations/{organizationId}/members/{staffId}/role", ownerToken, new { role = "owner" }))
            Assert.True(promoted.IsSuccessStatusCode, await Customer.DescribeAsync(promoted));
        Assert.Contains($"{organizationId}:owner", TokenClaims.All((await staff.SignInAsync()).AccessToken, "org"));

        using (var badRole = await owner.SendAsync(HttpMethod.Put, $"/api/organizations/{organizationId}/members/{staffId}/role", ownerToken, new { role = "emperor" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
            Assert.Contains("role", await badRole.Content.ReadAsStringAsync());
        }

        using (var removed = await owner.SendAsync(HttpMethod.Delete, $"/api/organizations/{organizationId}/members/{staffId}", ownerToken))
            Assert.True(removed.IsSuccessStatusCode, await Customer.DescribeAsync(removed));
        staffToken = (await staff.SignInAsync()).AccessToken;
        Assert.DoesNotContain(TokenClaims.All(staffToken, "org"), claim => claim.StartsWith(organizationId.ToString()));
        using var gone = await staff.SendAsync(HttpMethod.Get, $"/api/organizations/{organizationId}", staffToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static async Task<JsonElement> JsonBody(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
