using System.Net;
using System.Net.Http.Json;
using System.Web;
using Platform.Contracts.Accounts;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class PasswordTests
{
    private const string NewPassword = "a brand new passphrase 42";

    [Fact]
    public async Task Reset_by_the_emailed_token_sets_the_password_and_revokes_every_refresh_token()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        var userId = await auth.RegisterAsync(email);
        var session = await auth.SignInAsync(email);

        using var forgot = await auth.Client.PostAsJsonAsync("/api/auth/forgot-password", new { email = email.ToUpperInvariant() });
        var message = await auth.LastOutboxMessageAsync<PasswordResetRequested>();
        var link = new Uri(message.GetProperty("resetUrl").GetString()!);
        var token = HttpUtility.ParseQueryString(link.Query)["token"];
        using var reset = await auth.Client.PostAsJsonAsync("/api/auth/reset-password", new { userId, token, newPassword = NewPassword });
        using var replayed = await auth.Client.PostAsJsonAsync("/api/auth/reset-password", new { userId, token, newPassword = NewPassword + "!" });

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        Assert.StartsWith(AuthUnderTest.PublicBaseUrl, link.ToString());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        await Problems.AssertFieldsAsync(replayed, "token");
        using var oldRefresh = await auth.RefreshAsync(session.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, oldRefresh.StatusCode);
        using var oldPassword = await auth.Client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = AuthUnderTest.GoodPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        await auth.SignInAsync(email, NewPassword);
    }

    [Fact]
    public async Task Forgot_password_answers_202_for_unknown_emails_without_sending_anything()
    {
        await using var auth = await AuthUnderTest.StartAsync();

        using var response = await auth.Client.PostAsJsonAsync("/api/auth/forgot-password", new { email = AuthUnderTest.NewEmail() });
        using var missing = await auth.Client.PostAsJsonAsync("/api/auth/forgot-password", new { });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(0, await auth.OutboxCountAsync<PasswordResetRequested>());
        await Problems.AssertFieldsAsync(missing, "email");
    }

    [Fact]
    public async Task Reset_with_a_forged_token_or_a_common_password_is_a_400()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        var userId = await auth.RegisterAsync(email);
        await auth.Client.PostAsJsonAsync("/api/auth/forgot-password", new { email });
        var link = new Uri((await auth.LastOutboxMessageAsync<PasswordResetRequested>()).GetProperty("resetUrl").GetString()!);
        var token = HttpUtility.ParseQueryString(link.Query)["token"];

        using var forged = await auth.Client.PostAsJsonAsync("/api/auth/reset-password", new { userId, token = "Zm9yZ2Vk", newPassword = NewPassword });
        using var common = await auth.Client.PostAsJsonAsync("/api/auth/reset-password", new { userId, token, newPassword = "password123" });

        await Problems.AssertFieldsAsync(forged, "token");
        await Problems.AssertFieldsAsync(common, "newPassword");
        await auth.SignInAsync(email);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_revokes_every_refresh_token()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var session = await auth.SignInAsync(email);
        var other = await auth.SignInAsync(email);

        using var wrongCurrent = await auth.SendAsync(HttpMethod.Post, "/api/auth/me/password", session.AccessToken,
            new { currentPassword = "not my password at all", newPassword = NewPassword });
        using var tooLong = await auth.SendAsync(HttpMethod.Post, "/api/auth/me/password", session.AccessToken,
            new { currentPassword = AuthUnderTest.GoodPassword, newPassword = new string('x', 129) });
        using var changed = await auth.SendAsync(HttpMethod.Post, "/api/auth/me/password", session.AccessToken,
            new { currentPassword = AuthUnderTest.GoodPassword, newPassword = NewPassword });

        await Problems.AssertFieldsAsync(wrongCurrent, "currentPassword");
        await Problems.AssertFieldsAsync(tooLong, "newPassword");
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        using var refreshed = await auth.RefreshAsync(other.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        await auth.SignInAsync(email, NewPassword);
    }
}
