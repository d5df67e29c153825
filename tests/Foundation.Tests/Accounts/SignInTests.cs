using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

public sealed class SignInTests
{
    [Fact]
    public async Task Sign_in_returns_a_15_minute_jwt_with_the_contract_claims()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        var userId = await auth.RegisterAsync(email.ToUpperInvariant(), displayName: "Grace Hopper");

        var tokens = await auth.SignInAsync(email);

        Assert.InRange(tokens.ExpiresIn, 890, 900);
        Assert.Equal("Bearer", tokens.TokenType);
        var (header, payload) = Jwt.Decode(tokens.AccessToken);
        Assert.Equal("at+jwt", header.GetProperty("typ").GetString());
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
        Assert.False(string.IsNullOrEmpty(header.GetProperty("kid").GetString()));
        Assert.Equal(AuthUnderTest.PublicBaseUrl, payload.GetProperty("iss").GetString());
        Assert.Equal("ticketing-api", Jwt.Audiences(payload).Single());
        Assert.Equal(userId.ToString(), payload.GetProperty("sub").GetString());
        Assert.Equal(email, payload.GetProperty("email").GetString());
        Assert.Equal("false", payload.GetProperty("email_verified").GetString());
        Assert.Equal("Grace Hopper", payload.GetProperty("name").GetString());
        Assert.False(payload.TryGetProperty("role", out _));
        var lifetime = payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64();
        Assert.Equal(900, lifetime);
        Assert.DoesNotContain('.', tokens.RefreshToken);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_401()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);

        using var wrongPassword = await auth.Client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "not the right password" });
        using var unknownEmail = await auth.Client.PostAsJsonAsync("/api/auth/sign-in",
            new { email = AuthUnderTest.NewEmail(), password = "not the right password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        Assert.Equal("application/problem+json", wrongPassword.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Comparable(await wrongPassword.Content.ReadAsStringAsync()), Comparable(await unknownEmail.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_429_and_retry_after_even_for_the_right_one()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await auth.Client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "wrong password " + attempt });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }
        using var fifth = await auth.Client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = "wrong password 5" });
        using var rightOne = await auth.Client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = AuthUnderTest.GoodPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightOne.StatusCode);
        var retryAfter = rightOne.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Sign_in_with_missing_or_over_long_fields_is_a_400_naming_them()
    {
        await using var auth = await AuthUnderTest.StartAsync();

        using var missing = await auth.Client.PostAsJsonAsync("/api/auth/sign-in", new { email = "" });
        using var tooLong = await auth.Client.PostAsJsonAsync("/api/auth/sign-in",
            new { email = new string('a', 250) + "@example.test", password = new string('p', 129) });
        using var badJson = await auth.Client.PostAsync("/api/auth/sign-in",
            new StringContent("""{"email": 12}""", Encoding.UTF8, "application/json"));

        await Problems.AssertFieldsAsync(missing, "email", "password");
        await Problems.AssertFieldsAsync(tooLong, "email", "password");
        await Problems.AssertFieldsAsync(badJson, "email");
    }

    [Fact]
    public async Task The_standard_token_endpoint_issues_tokens_too()
    {
        await using var auth = await AuthUnderTest.StartAsync();
        var email = AuthUnderTest.NewEmail();
        await auth.RegisterAsync(email);

        using var response = await auth.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "ticketing-web",
            ["username"] = email,
            ["password"] = AuthUnderTest.GoodPassword,
            ["scope"] = "offline_access",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("access_token", out _));
        Assert.True(body.RootElement.TryGetProperty("refresh_token", out _));
    }

    // traceId and correlationId differ per request by design.
    private static string Comparable(string problem)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        node.Remove("correlationId");
        return node.ToJsonString();
    }
}
