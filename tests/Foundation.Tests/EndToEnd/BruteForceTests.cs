using System.Net;
using System.Net.Http.Json;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// Its own platform: the gateway's sign-in budget is set low so that both defences show.
[Collection(EndToEndCollection.Name)]
public sealed class BruteForceTests
{
    [Fact]
    public async Task Guessing_a_password_meets_the_account_lockout_then_the_gateway_throttle()
    {
        await using var platform = await PlatformUnderTest.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:CredentialPermitLimit"] = "9",
            ["Gateway:CredentialWindow"] = "00:05:00",
        });
        var victim = Customer.New(platform, "victim");
        await victim.RegisterAsync();

        var answers = new List<HttpResponseMessage>();
        for (var guess = 0; guess < 9; guess++)
            answers.Add(await victim.Gateway.PostAsJsonAsync("/api/auth/sign-in", new { email = victim.Email, password = $"wrong guess number {guess}" }));
        answers.Add(await victim.Gateway.PostAsJsonAsync("/api/auth/sign-in", new { email = victim.Email, password = victim.Password }));

        // Four wrong guesses answer 401; by the sixth the account is locked (five failures), right password or not.
        Assert.All(answers.Take(4), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        var locked = answers[5];
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("failed sign-ins", await locked.Content.ReadAsStringAsync());
        Assert.True(locked.Headers.RetryAfter is not null, "a locked account says when to try again");

        // Registration spent one of the nine: past the budget nothing reaches Auth, not even the right password.
        var throttled = answers.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Contains("Too many requests", await throttled.Content.ReadAsStringAsync());
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the throttle says when to try again");
        answers.ForEach(a => a.Dispose());
    }
}
