using System.Net;
using System.Text.Json;
using Auth.Service.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class ProfileTests
{
    [Fact]
    public async Task Me_shows_and_updates_the_display_name_only()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        var userId = await auth.RegisterAsync(email, displayName: "Before");
        var tokens = await auth.SignInAsync(email);

        using var patched = await auth.SendAsync(HttpMethod.Patch, "/api/auth/me", tokens.AccessToken,
            new { displayName = "After", email = "hijack@example.test", roles = new[] { "admin" } });
        using var me = await auth.SendAsync(HttpMethod.Get, "/api/auth/me", tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        using var body = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        Assert.Equal(userId, body.RootElement.GetProperty("userId").GetGuid());
        Assert.Equal("After", body.RootElement.GetProperty("displayName").GetString());
        Assert.Equal(email, body.RootElement.GetProperty("email").GetString());
        Assert.Empty(body.RootElement.GetProperty("roles").EnumerateArray());
    }

    [Fact]
    public async Task Me_rejects_missing_tampered_and_foreign_tokens_and_bad_fields()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var tokens = await auth.SignInAsync(email);
        var parts = tokens.AccessToken.Split('.');
        var tampered = parts[0] + "." + parts[1].Insert(5, "A") + "." + parts[2];

        using var anonymous = await auth.Client.GetAsync("/api/auth/me");
        using var forged = await auth.SendAsync(HttpMethod.Get, "/api/auth/me", tampered);
        using var tooLong = await auth.SendAsync(HttpMethod.Patch, "/api/auth/me", tokens.AccessToken, new { displayName = new string('n', 101) });
        using var missing = await auth.SendAsync(HttpMethod.Patch, "/api/auth/me", tokens.AccessToken, new { });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        await Problems.AssertFieldsAsync(tooLong, "displayName");
        await Problems.AssertFieldsAsync(missing, "displayName");
    }

    [Fact]
    public async Task A_disabled_user_can_neither_sign_in_nor_refresh()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var tokens = await auth.SignInAsync(email);

        await using (var scope = auth.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = await users.FindByEmailAsync(email);
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
        }
        using var signIn = await auth.Client.PostAsync("/api/auth/sign-in", System.Net.Http.Json.JsonContent.Create(new { email, password = AuthUnderTest.GoodPassword }));
        using var refresh = await auth.RefreshAsync(tokens.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }
}
