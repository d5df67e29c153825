using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class AdminBootstrapTests
{
    [Fact]
    public async Task The_configured_admin_signs_in_with_the_admin_role_and_a_verified_email()
    {
        await using var auth = await AuthUnderTest.StartAsync();

        var tokens = await auth.SignInAsync(AuthUnderTest.AdminEmail, AuthUnderTest.AdminPassword);

        var (_, payload) = Jwt.Decode(tokens.AccessToken);
        var roles = payload.GetProperty("role");
        Assert.Contains("admin", roles.ValueKind == JsonValueKind.Array ? roles.EnumerateArray().Select(r => r.GetString()) : [roles.GetString()]);
        Assert.Equal("true", payload.GetProperty("email_verified").GetString());
        Assert.Equal(AuthUnderTest.AdminEmail, payload.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Registering_the_admin_email_through_the_public_api_is_a_409()
    {
        await using var auth = await AuthUnderTest.StartAsync();

        using var response = await auth.Client.PostAsJsonAsync("/api/auth/register",
            new { email = AuthUnderTest.AdminEmail, password = AuthUnderTest.GoodPassword, displayName = "Imposter" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
