using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.EndToEnd;

// A person using the platform through the gateway only: their email address, password and mailbox.
internal sealed partial class Customer(PlatformUnderTest platform, string email, string password)
{
    public const string DefaultPassword = "a long and unusual passphrase 42";

    public HttpClient Gateway { get; } = platform.CreateGatewayClient();

    public string Email => email;

    public string Password { get; set; } = password;

    public static Customer New(PlatformUnderTest platform, string who) =>
        new(platform, Mailbox.UniqueAddress(who), DefaultPassword);

    public async Task<Guid> RegisterAsync(string displayName = "Grace Hopper")
    {
        using var response = await Gateway.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await DescribeAsync(response));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("userId").GetGuid();
    }

    public async Task<SignedIn> SignInAsync()
    {
        using var response = await Gateway.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await DescribeAsync(response));
        return (await response.Content.ReadFromJsonAsync<SignedIn>())!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return Gateway.SendAsync(request);
    }

    /// <summary>Waits until the platform has mailed this person <paramref name="count"/> messages.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailAsync(int count = 1)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        while (true)
        {
            var mail = Mailbox.To(platform.MaildirPath, email).OrderBy(m => m.Date).ToList();
            if (mail.Count >= count)
                return mail;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{email} received {mail.Count} of {count} emails.\nNotifications log:\n{platform.LogsOf("notifications")}");
            await Task.Delay(250);
        }
    }

    /// <summary>The link in an email's text that contains <paramref name="pathPart"/>.</summary>
    public static Uri LinkIn(MimeMessage message, string pathPart)
    {
        var text = message.TextBody ?? throw new Xunit.Sdk.XunitException($"'{message.Subject}' has no text part");
        var link = Link().Matches(text).Select(m => m.Value).FirstOrDefault(l => l.Contains(pathPart))
            ?? throw new Xunit.Sdk.XunitException($"no link with '{pathPart}' in:\n{text}");
        return new Uri(link);
    }

    public static async Task<string> DescribeAsync(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}";

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Link();
}

internal sealed record SignedIn(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);
