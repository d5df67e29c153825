using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class AccountsOpenApiTests
{
    [Theory]
    [InlineData("/api/auth/register", "post", "201,400,409")]
    [InlineData("/api/auth/sign-in", "post", "200,400,401,429")]
    [InlineData("/api/auth/refresh", "post", "200,400,401")]
    [InlineData("/api/auth/sign-out", "post", "204,400")]
    [InlineData("/api/auth/forgot-password", "post", "202,400")]
    [InlineData("/api/auth/reset-password", "post", "204,400")]
    [InlineData("/api/auth/verify-email", "get", "200,400")]
    [InlineData("/api/auth/me", "patch", "200,400,401")]
    [InlineData("/api/auth/me/password", "post", "204,400,401")]
    public async Task The_openapi_document_describes_each_account_endpoint_with_its_outcomes(string path, string method, string statuses)
    {
        await using var auth = await AuthUnderTest.StartAsync();

        using var document = JsonDocument.Parse(await auth.Client.GetStringAsync("/openapi/v1.json"));

        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        foreach (var status in statuses.Split(','))
            Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not describe {status}");
    }
}
