using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Events.Service.Infrastructure;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Foundation.Tests.Authentication;
using Platform.ServiceDefaults.Messaging;
using Platform.Testing;
using Xunit;

namespace Platform.Foundation.Tests.Catalog;

// Events in-process on a fresh database, trusting a real JWKS server for organizer tokens and
// calling a Bookings stub for capacity checks. Second() starts another instance on the same
// database, broker virtual host and Redis.
public sealed class EventsUnderTest : IAsyncDisposable
{
    private readonly ServiceFactory<EventsDbContext> _factory;
    private readonly bool _ownsDependencies;

    private EventsUnderTest(ServiceFactory<EventsDbContext> factory, HttpClient client, TestTokenIssuer issuer, BookingsStub bookings, bool ownsDependencies)
    {
        _factory = factory;
        Client = client;
        Issuer = issuer;
        Bookings = bookings;
        _ownsDependencies = ownsDependencies;
    }

    public HttpClient Client { get; }
    public TestTokenIssuer Issuer { get; }
    public BookingsStub Bookings { get; }
    public IServiceProvider Services => _factory.Services;
    public IReadOnlyDictionary<string, string?> Settings => _factory.Settings;

    public static async Task<EventsUnderTest> StartAsync(IDictionary<string, string?>? extra = null, TimeProvider? clock = null, bool waitForReadiness = true)
    {
        var issuer = await TestTokenIssuer.StartAsync();
        var bookings = await BookingsStub.StartAsync();
        var settings = issuer.ServiceSettings();
        settings["services:bookings:http:0"] = bookings.Address;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return await CreateAsync(settings, issuer, bookings, ownsDependencies: true, clock);
    }

    public Task<EventsUnderTest> SecondAsync(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return CreateAsync(settings, Issuer, Bookings, ownsDependencies: false, clock: null);
    }

    private static async Task<EventsUnderTest> CreateAsync(
        Dictionary<string, string?> settings, TestTokenIssuer issuer, BookingsStub bookings, bool ownsDependencies, TimeProvider? clock)
    {
        var factory = await ServiceFactory<EventsDbContext>.CreateAsync("eventsdb", settings);
        var client = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            if (clock is not null)
                services.AddSingleton<TimeProvider>(clock);
        })).CreateClient();
        var events = new EventsUnderTest(factory, client, issuer, bookings, ownsDependencies);
        await events.WaitUntilServingAsync();
        return events;
    }

    // Answering the public browse means migrations are applied (health would also need Redis).
    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var response = await Client.GetAsync("/api/events?pageSize=1");
            // Healthy bus: the consumer's queue is bound, so counter messages published now arrive.
            if (response.StatusCode == HttpStatusCode.OK
                && Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Events not serving: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(200);
        }
    }

    public string OrganizerToken(Guid organizationId, string role = "owner") =>
        Issuer.Token(new TokenShape { Organizations = [$"{organizationId}:{role}"] });

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return Client.SendAsync(request);
    }

    public static string EventsOf(Guid organizationId) => $"/api/events/organizations/{organizationId}/events";

    public async Task<JsonElement> CreateAsync(Guid organizationId, object draft)
    {
        using var response = await SendAsync(HttpMethod.Post, EventsOf(organizationId), OrganizerToken(organizationId), draft);
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public async Task<JsonElement> PublishedAsync(Guid organizationId, object draft)
    {
        var created = await CreateAsync(organizationId, draft);
        return await ActAsync(organizationId, created.Id(), "publish");
    }

    public async Task<JsonElement> ActAsync(Guid organizationId, Guid eventId, string action, object? body = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{EventsOf(organizationId)}/{eventId}/{action}", OrganizerToken(organizationId), body ?? new { });
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(path);
        return await ExpectAsync(response, expected);
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    // Publishes as Bookings would, on this service's broker virtual host.
    public Task PublishAsync<T>(T message) where T : class => Services.GetRequiredService<IBus>().Publish(message);

    public async Task<List<JsonElement>> OutboxAsync<TMessage>()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains(typeof(TMessage).Name))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync();
        return [.. rows.Select(r =>
        {
            var root = JsonDocument.Parse(r.Body).RootElement;
            return (root.TryGetProperty("message", out var inner) ? inner : root).Clone();
        })];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        if (_ownsDependencies)
        {
            await Bookings.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}

public static class JsonElementExtensions
{
    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static string[] ErrorKeys(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}
