using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class RefreshTokenTests
{
    [Fact]
    public async Task Refresh_rotates_the_refresh_token()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var first = await auth.SignInAsync(email);

        using var response = await auth.RefreshAsync(first.RefreshToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var second = await Tokens.ReadAsync(response);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
    }

    [Fact]
    public async Task Reusing_a_rotated_refresh_token_revokes_its_whole_family()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var first = await auth.SignInAsync(email);
        using var rotated = await auth.RefreshAsync(first.RefreshToken);
        var second = await Tokens.ReadAsync(rotated);
        var otherDevice = await auth.SignInAsync(email);

        using var replay = await auth.RefreshAsync(first.RefreshToken);
        using var afterTheft = await auth.RefreshAsync(second.RefreshToken);
        using var unrelated = await auth.RefreshAsync(otherDevice.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterTheft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unrelated.StatusCode);
    }

    [Fact]
    public async Task Sign_out_revokes_that_refresh_token_only()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var laptop = await auth.SignInAsync(email);
        var phone = await auth.SignInAsync(email);

        using var signOut = await auth.Client.PostAsJsonAsync("/api/auth/sign-out", new { refreshToken = laptop.RefreshToken });
        using var laptopRefresh = await auth.RefreshAsync(laptop.RefreshToken);
        using var phoneRefresh = await auth.RefreshAsync(phone.RefreshToken);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, laptopRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, phoneRefresh.StatusCode);
    }

    [Fact]
    public async Task Sign_out_everywhere_revokes_every_refresh_token_and_needs_a_token()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var laptop = await auth.SignInAsync(email);
        var phone = await auth.SignInAsync(email);

        using var anonymous = await auth.Client.PostAsync("/api/auth/sign-out-everywhere", null);
        using var signOut = await auth.SendAsync(HttpMethod.Post, "/api/auth/sign-out-everywhere", laptop.AccessToken);
        using var laptopRefresh = await auth.RefreshAsync(laptop.RefreshToken);
        using var phoneRefresh = await auth.RefreshAsync(phone.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, laptopRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, phoneRefresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_with_garbage_is_401_and_without_a_token_is_400()
    {
        await using var auth = await AuthUnderTest.StartAsync();

        using var garbage = await auth.RefreshAsync("not-a-refresh-token");
        using var missing = await auth.Client.PostAsJsonAsync("/api/auth/refresh", new { });

        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        await Problems.AssertFieldsAsync(missing, "refreshToken");
    }
}
