using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Auth.Service.Accounts.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Accounts;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Register_normalises_the_email_and_stages_a_verification_link_to_the_gateway()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();

        var userId = await auth.RegisterAsync("  " + email.ToUpperInvariant() + " ");

        var message = await auth.LastOutboxMessageAsync<UserRegistered>();
        Assert.Equal(userId, message.GetProperty("userId").GetGuid());
        Assert.Equal(email, message.GetProperty("email").GetString());
        Assert.StartsWith(AuthUnderTest.PublicBaseUrl + "api/auth/verify-email?userId=" + userId, message.GetProperty("verificationUrl").GetString());
    }

    [Fact]
    public async Task Registering_an_email_twice_in_any_case_is_a_409()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);

        using var again = await auth.Client.PostAsJsonAsync("/api/auth/register",
            new { email = email.ToUpperInvariant(), password = AuthUnderTest.GoodPassword, displayName = "Someone else" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await auth.OutboxCountAsync<UserRegistered>());
    }

    [Theory]
    [InlineData("short pw")]
    [InlineData("password123")]
    [InlineData("qwertyuiop")]
    [InlineData("1234567890")]
    [InlineData("Liverpool2024")]
    public async Task Short_or_common_passwords_are_a_400_naming_password(string password)
    {
        await using var auth = await AuthUnderTest.StartAsync();

        using var response = await auth.Client.PostAsJsonAsync("/api/auth/register",
            new { email = AuthUnderTest.NewEmail(), password, displayName = "Weak" });

        await Problems.AssertFieldsAsync(response, "password");
        Assert.Equal(0, await auth.OutboxCountAsync<UserRegistered>());
    }

    [Fact]
    public async Task Over_long_and_missing_fields_are_a_400_naming_each()
    {
        await using var auth = await AuthUnderTest.StartAsync();

        using var tooLong = await auth.Client.PostAsJsonAsync("/api/auth/register", new
        {
            email = new string('e', 250) + "@x.test",
            password = new string('p', 129),
            displayName = new string('n', 101),
        });
        using var missing = await auth.Client.PostAsJsonAsync("/api/auth/register", new { });
        using var notAnEmail = await auth.Client.PostAsJsonAsync("/api/auth/register",
            new { email = "not-an-email", password = AuthUnderTest.GoodPassword, displayName = "X" });
        using var badJson = await auth.Client.PostAsync("/api/auth/register",
            new StringContent("""{"email": "a@b.test", "password": """, Encoding.UTF8, "application/json"));

        await Problems.AssertFieldsAsync(tooLong, "email", "password", "displayName");
        await Problems.AssertFieldsAsync(missing, "email", "password", "displayName");
        await Problems.AssertFieldsAsync(notAnEmail, "email");
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
    }

    [Fact]
    public async Task Registration_cannot_set_roles_or_a_verified_email()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();

        using var response = await auth.Client.PostAsJsonAsync("/api/auth/register", new
        {
            email,
            password = AuthUnderTest.GoodPassword,
            displayName = "Mallory",
            roles = new[] { "admin" },
            role = "admin",
            emailConfirmed = true,
            emailVerified = true,
            isDisabled = false,
            id = Guid.Empty,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (_, payload) = Jwt.Decode((await auth.SignInAsync(email)).AccessToken);
        Assert.False(payload.TryGetProperty("role", out _));
        Assert.Equal("false", payload.GetProperty("email_verified").GetString());
        await using var scope = auth.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
        Assert.NotEqual(Guid.Empty, user!.Id);
        Assert.False(user.EmailConfirmed);
    }

    [Fact]
    public async Task The_emailed_link_verifies_the_email_and_later_tokens_say_so()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);
        var link = new Uri((await auth.LastOutboxMessageAsync<UserRegistered>()).GetProperty("verificationUrl").GetString()!);

        using var tampered = await auth.Client.GetAsync(link.PathAndQuery + "x");
        using var verified = await auth.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var (_, payload) = Jwt.Decode((await auth.SignInAsync(email)).AccessToken);
        Assert.Equal("true", payload.GetProperty("email_verified").GetString());
    }

    [Fact]
    public async Task Verify_email_by_json_rejects_a_wrong_token_naming_it()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var userId = await auth.RegisterAsync(AuthUnderTest.NewEmail());

        using var wrong = await auth.Client.PostAsJsonAsync("/api/auth/verify-email", new { userId, token = "bm90LWEtdG9rZW4" });
        using var missing = await auth.Client.PostAsJsonAsync("/api/auth/verify-email", new { });

        await Problems.AssertFieldsAsync(wrong, "token");
        await Problems.AssertFieldsAsync(missing, "userId", "token");
    }
}
