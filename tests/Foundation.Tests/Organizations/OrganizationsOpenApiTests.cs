using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Organizations;

public sealed class OrganizationsOpenApiTests(AuthServiceFixture auth) : IClassFixture<AuthServiceFixture>
{
    [Theory]
    [InlineData("/api/organizations", "post", new[] { "201", "400" })]
    [InlineData("/api/organizations/{organizationId}", "patch", new[] { "200", "400", "403", "404" })]
    [InlineData("/api/organizations/{organizationId}/members/{userId}/role", "put", new[] { "204", "400", "403", "404", "409" })]
    [InlineData("/api/organizations/{organizationId}/leave", "post", new[] { "204", "404", "409" })]
    [InlineData("/api/organizations/{organizationId}/invitations", "post", new[] { "201", "400", "403", "404", "409" })]
    [InlineData("/api/organizations/invitations/{invitationId}/accept", "post", new[] { "200", "400", "403", "404", "409", "410" })]
    [InlineData("/api/admin/users", "get", new[] { "200", "400" })]
    [InlineData("/api/admin/users/{userId}/disable", "post", new[] { "204", "404", "409" })]
    [InlineData("/api/admin/organizations/{organizationId}/disable", "post", new[] { "204", "404" })]
    public async Task The_OpenAPI_document_describes_every_outcome_of_an_endpoint(string path, string method, string[] statuses)
    {
        var document = await auth.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        Assert.Subset(responses.EnumerateObject().Select(r => r.Name).ToHashSet(), statuses.ToHashSet());
    }
}
