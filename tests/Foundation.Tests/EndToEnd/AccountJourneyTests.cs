using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// Everything here goes through the gateway of a whole running platform, the way a customer would.
[Collection(EndToEndCollection.Name)]
public sealed class AccountJourneyTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Register_verify_sign_in_call_another_service_refresh_detect_reuse_and_sign_out()
    {
        var ada = Customer.New(fixture.Platform, "ada");
        await ada.RegisterAsync("Ada Lovelace");

        var welcome = (await ada.MailAsync()).Single();
        var verify = Customer.LinkIn(welcome, "verify-email");
        Assert.Equal(fixture.Platform.GatewayUrl.Authority, verify.Authority);
        using (var verified = await ada.Gateway.GetAsync(verify.PathAndQuery))
            Assert.True(verified.IsSuccessStatusCode, await Customer.DescribeAsync(verified));

        var first = await ada.SignInAsync();
        var claims = TokenClaims.Of(first.AccessToken);
        Assert.Equal(ada.Email, claims["email"]);
        Assert.Equal("true", claims["email_verified"]);

        // Notifications checks the token itself, with Auth's published keys.
        using (var mine = await ada.SendAsync(HttpMethod.Get, "/api/notifications/mine", first.AccessToken))
        {
            Assert.True(mine.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(mine));
            using var body = JsonDocument.Parse(await mine.Content.ReadAsStringAsync());
            var sent = Assert.Single(body.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal(welcome.Subject, sent.GetProperty("subject").GetString());
        }

        using var refreshed = await ada.Gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken });
        Assert.True(refreshed.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(refreshed));
        var second = (await refreshed.Content.ReadFromJsonAsync<SignedIn>())!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);

        // A stolen, already-used refresh token: refused, and the family it belongs to is revoked.
        using var replay = await ada.Gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first.RefreshToken });
        using var afterReplay = await ada.Gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = second.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReplay.StatusCode);

        var third = await ada.SignInAsync();
        using var signOut = await ada.Gateway.PostAsJsonAsync("/api/auth/sign-out", new { refreshToken = third.RefreshToken });
        using var afterSignOut = await ada.Gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = third.RefreshToken });
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_with_the_emailed_link_and_the_old_one_stops_working()
    {
        var grace = Customer.New(fixture.Platform, "grace");
        await grace.RegisterAsync();
        await grace.MailAsync();
        var before = await grace.SignInAsync();

        using (var forgot = await grace.Gateway.PostAsJsonAsync("/api/auth/forgot-password", new { email = grace.Email }))
            Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        var reset = (await grace.MailAsync(2)).Single(m => (m.TextBody ?? "").Contains("reset-password"));
        var link = Customer.LinkIn(reset, "reset-password");
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        using var weak = await grace.Gateway.PostAsJsonAsync("/api/auth/reset-password",
            new { userId = query["userId"], token = query["token"], newPassword = "password123" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("newPassword", await weak.Content.ReadAsStringAsync());

        const string newPassword = "another long passphrase 77";
        using var done = await grace.Gateway.PostAsJsonAsync("/api/auth/reset-password",
            new { userId = query["userId"], token = query["token"], newPassword });
        Assert.True(done.IsSuccessStatusCode, await Customer.DescribeAsync(done));

        using var oldPassword = await grace.Gateway.PostAsJsonAsync("/api/auth/sign-in", new { email = grace.Email, password = Customer.DefaultPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        using var oldSession = await grace.Gateway.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = before.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, oldSession.StatusCode);

        grace.Password = newPassword;
        await grace.SignInAsync();
        using var reused = await grace.Gateway.PostAsJsonAsync("/api/auth/reset-password",
            new { userId = query["userId"], token = query["token"], newPassword = "yet another passphrase 99" });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task The_platform_admin_exists_from_configuration_and_only_the_admin_reaches_admin_endpoints()
    {
        var admin = new Customer(fixture.Platform, fixture.Platform.AdminEmail, fixture.Platform.AdminPassword);
        var adminTokens = await admin.SignInAsync();
        Assert.Contains("admin", TokenClaims.All(adminTokens.AccessToken, "role"));

        using (var users = await admin.SendAsync(HttpMethod.Get, "/api/admin/users", adminTokens.AccessToken))
            Assert.True(users.StatusCode == HttpStatusCode.OK, await Customer.DescribeAsync(users));

        var mallory = Customer.New(fixture.Platform, "mallory");
        await mallory.RegisterAsync();
        var malloryTokens = await mallory.SignInAsync();
        using var refused = await mallory.SendAsync(HttpMethod.Get, "/api/admin/users", malloryTokens.AccessToken);
        using var anonymous = await mallory.Gateway.GetAsync("/api/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Bad_registrations_get_400_naming_the_field_and_a_duplicate_email_409()
    {
        var client = fixture.Platform.CreateGatewayClient();
        using var missing = await client.PostAsJsonAsync("/api/auth/register", new { password = Customer.DefaultPassword });
        using var badJson = await client.PostAsync("/api/auth/register", new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json"));
        using var tooLong = await client.PostAsJsonAsync("/api/auth/register",
            new { email = "x@example.test", password = Customer.DefaultPassword, displayName = new string('n', 101) });
        using var common = await client.PostAsJsonAsync("/api/auth/register",
            new { email = Platform.Testing.Mailbox.UniqueAddress("common"), password = "password1234", displayName = "C" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"email\"", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal("application/problem+json", badJson.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("displayName", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.Contains("password", await common.Content.ReadAsStringAsync());

        var twin = Customer.New(fixture.Platform, "twin");
        await twin.RegisterAsync();
        using var duplicate = await client.PostAsJsonAsync("/api/auth/register",
            new { email = twin.Email.ToUpperInvariant(), password = Customer.DefaultPassword, displayName = "Twin" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }
}
