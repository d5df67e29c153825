using System.Net;
using System.Net.Http.Json;
using Platform.Foundation.Tests.Gateway;
using Platform.Gateway.Routing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// Both defences against password guessing: Auth locks the account, the gateway throttles the caller. The shared
// platform's gateway has its sign-in budget raised for the other tests, so the guesses go through a second gateway
// (the real gateway, in-process) with a budget of nine, in front of the same running services.
[Collection(EndToEndCollection.Name)]
public sealed class BruteForceTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Guessing_a_password_meets_the_account_lockout_then_the_gateway_throttle()
    {
        var victim = Customer.New(fixture.Platform, "victim");
        await victim.RegisterAsync();
        await using var strictGateway = StrictGateway(permits: 9);
        using var guesser = strictGateway.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var guess = 0; guess < 9; guess++)
            answers.Add(await guesser.PostAsJsonAsync("/api/auth/sign-in", new { email = victim.Email, password = $"wrong guess number {guess}" }));
        answers.Add(await guesser.PostAsJsonAsync("/api/auth/sign-in", new { email = victim.Email, password = victim.Password }));

        // Four wrong guesses answer 401; by the sixth the account is locked (five failures), right password or not.
        Assert.All(answers.Take(4), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        var locked = answers[5];
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("failed sign-ins", await locked.Content.ReadAsStringAsync());
        Assert.True(locked.Headers.RetryAfter is not null, "a locked account says when to try again");

        // Nine guesses spent the budget: past it nothing reaches Auth, not even the right password.
        var throttled = answers.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Contains("Too many requests", await throttled.Content.ReadAsStringAsync());
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the throttle says when to try again");
        answers.ForEach(a => a.Dispose());
    }

    GatewayFactory StrictGateway(int permits)
    {
        var settings = DownstreamServiceCatalog.Names.ToDictionary(
            name => $"services:{name}:http:0", string? (name) => fixture.Platform.ServiceUrl(name).ToString().TrimEnd('/'));
        settings["Platform:PublicBaseUrl"] = fixture.Platform.GatewayUrl.ToString();
        settings["Gateway:CredentialPermitLimit"] = permits.ToString();
        settings["Gateway:CredentialWindow"] = "00:05:00";
        var gateway = new GatewayFactory(settings);
        gateway.UseKestrel(0);
        gateway.StartServer();
        return gateway;
    }
}
