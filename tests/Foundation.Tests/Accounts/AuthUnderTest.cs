using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Auth.Service.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Accounts;

// Auth in-process on a fresh database, with helpers that speak its JSON API.
internal sealed class AuthUnderTest : IAsyncDisposable
{
    public const string PublicBaseUrl = "http://gateway.test:5080/";
    public const string AdminEmail = "root@ticketing.test";
    public const string AdminPassword = "admin-password-for-tests-7";
    public const string GoodPassword = "correct horse battery staple";

    private readonly ServiceFactory<AuthDbContext> _factory;

    private AuthUnderTest(ServiceFactory<AuthDbContext> factory, HttpClient client)
    {
        _factory = factory;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public string DatabaseConnectionString => _factory.DatabaseConnectionString;

    public static async Task<AuthUnderTest> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Platform:PublicBaseUrl"] = PublicBaseUrl,
            ["Auth:Admin:Email"] = AdminEmail,
            ["Auth:Admin:Password"] = AdminPassword,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        var factory = await ServiceFactory<AuthDbContext>.CreateAsync("authdb", settings);
        var client = factory.WithWebHostBuilder(web => web.UseEnvironment("Production")).CreateClient();
        var auth = new AuthUnderTest(factory, client);
        await auth.WaitUntilReadyAsync();
        return auth;
    }

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.test";

    public async Task<Guid> RegisterAsync(string email, string password = GoodPassword, string displayName = "Ada Lovelace")
    {
        using var response = await Client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {text}");
        using var body = JsonDocument.Parse(text);
        return body.RootElement.GetProperty("userId").GetGuid();
    }

    public async Task<Tokens> SignInAsync(string email, string password = GoodPassword)
    {
        using var response = await Client.PostAsJsonAsync("/api/auth/sign-in", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Tokens.ReadAsync(response);
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", accessToken);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await Client.SendAsync(request);
    }

    // The newest staged message of a type, read from the outbox like the relay would.
    public async Task<JsonElement> LastOutboxMessageAsync<TMessage>()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains(typeof(TMessage).Name))
            .OrderByDescending(m => m.CreatedAt).ToListAsync();
        Assert.NotEmpty(rows);
        using var document = JsonDocument.Parse(rows[0].Body);
        return Unwrap(document.RootElement).Clone();
    }

    public async Task<int> OutboxCountAsync<TMessage>()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.MessageType.Contains(typeof(TMessage).Name));
    }

    // The body may be the message itself or a MassTransit envelope carrying it under "message".
    private static JsonElement Unwrap(JsonElement body) =>
        body.TryGetProperty("message", out var inner) ? inner : body;

    private async Task WaitUntilReadyAsync()
    {
        // The admin bootstrap runs after migrations; signing in as admin proves the whole token path is up.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var response = await Client.PostAsJsonAsync("/api/auth/sign-in", new { email = AdminEmail, password = AdminPassword });
            if (response.StatusCode == HttpStatusCode.OK)
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Auth not ready: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}

internal sealed record Tokens(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType)
{
    public static async Task<Tokens> ReadAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        return new Tokens(
            root.GetProperty("accessToken").GetString()!,
            root.GetProperty("refreshToken").GetString()!,
            root.GetProperty("expiresIn").GetInt32(),
            root.GetProperty("tokenType").GetString()!);
    }
}
