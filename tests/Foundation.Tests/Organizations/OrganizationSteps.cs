using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Organizations;

// The steps tests repeat, each through the public HTTP API.
internal static class OrganizationSteps
{
    public static async Task<Guid> CreateOrganizationAsync(this HttpClient owner, string name = "Harbour Hall")
    {
        using var response = await owner.PostAsJsonAsync("/api/organizations", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Invitation> InviteAsync(this HttpClient owner, AuthServiceFixture auth, Guid organizationId, string email, string role)
    {
        using var response = await owner.PostAsJsonAsync($"/api/organizations/{organizationId}/invitations", new { email, role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var invitationId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var staged = (await auth.StagedInvitationsAsync()).Single(m => m.GetProperty("invitationId").GetGuid() == invitationId);
        var acceptUrl = new Uri(staged.GetProperty("acceptUrl").GetString()!);
        var token = Uri.UnescapeDataString(acceptUrl.Query.Split("token=")[1]);
        return new Invitation(invitationId, token, acceptUrl);
    }

    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient invitee, Invitation invitation) =>
        invitee.PostAsJsonAsync($"/api/organizations/invitations/{invitation.Id}/accept", new { token = invitation.Token });

    public static async Task JoinAsync(this HttpClient owner, AuthServiceFixture auth, Guid organizationId, TestUser user, HttpClient userClient, string role)
    {
        var invitation = await owner.InviteAsync(auth, organizationId, user.Email, role);
        using var accepted = await userClient.AcceptAsync(invitation);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    public static async Task<List<JsonElement>> MembersAsync(this HttpClient member, Guid organizationId)
    {
        using var response = await member.GetAsync($"/api/organizations/{organizationId}/members");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
    }

    public static async Task AssertValidationErrorAsync(this HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in fields)
            Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {errors}");
    }

    public static async Task AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }
}

internal sealed record Invitation(Guid Id, string Token, Uri AcceptUrl);
