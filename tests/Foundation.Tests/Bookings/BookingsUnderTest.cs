using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Saga;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Platform.Contracts.Events;
using Platform.Foundation.Tests.Authentication;
using Platform.Foundation.Tests.Messaging;
using Platform.Foundation.Tests.Services;
using Platform.Testing;

namespace Platform.Foundation.Tests.BookingsService;

public sealed record CounterRow(int Capacity, int Held, int Sold, long Version);

// Bookings.Service in-process on the real infrastructure, trusting a test token issuer. Tests play the other
// services: they feed Events' catalog messages and Payments' outcomes, and an observer records what Bookings
// publishes for them.
public sealed class BookingsUnderTest : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    readonly FakeTimeProvider? clock;

    BookingsUnderTest(ServiceFactory<BookingsDbContext> factory, HttpClient client, TestTokenIssuer tokens, PublishedMessages published, FakeTimeProvider? clock)
    {
        Factory = factory;
        Client = client;
        Tokens = tokens;
        Published = published;
        this.clock = clock;
    }

    public ServiceFactory<BookingsDbContext> Factory { get; private set; }

    /// <summary>An anonymous client of the running service.</summary>
    public HttpClient Client { get; private set; }

    public TestTokenIssuer Tokens { get; }

    public PublishedMessages Published { get; }

    public HandledMessages Handled { get; } = new();

    public string DatabaseConnectionString => Factory.Settings["ConnectionStrings:bookingsdb"]!;

    public string RabbitMq => Factory.Settings["ConnectionStrings:rabbitmq"]!;

    /// <param name="clock">A clock the test advances, for tests about time; the real clock if null.</param>
    public static async Task<BookingsUnderTest> StartAsync(IDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null)
    {
        var tokens = await TestTokenIssuer.StartAsync();
        var all = tokens.ServiceSettings();
        all["Bookings:Saga:ExpiryPollInterval"] = "00:00:00.200";
        // Tests playing Payments expect expiry right at the hold's end.
        all["Bookings:Saga:PaymentGrace"] = "00:00:00";
        all["Messaging:RelayPollInterval"] = "00:00:00.200";
        // Small pages, so an organizer's cancellation in any test reads more than one.
        all["Bookings:Saga:CancellationPageSize"] = "2";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var factory = await ServiceFactory<BookingsDbContext>.CreateAsync("bookingsdb", all,
            testServices: clock is null ? null : services => services.AddSingleton<TimeProvider>(clock));
        var published = await PublishedMessages.StartAsync(factory.Settings["ConnectionStrings:rabbitmq"]!, factory.Settings["ConnectionStrings:bookingsdb"]!);
        var client = factory.CreateClient();
        await client.WaitUntilHealthyAsync();
        var service = new BookingsUnderTest(factory, client, tokens, published, clock);
        service.ObserveReceives();
        service.WakeLoopsOnTheFakeClock();
        return service;
    }

    // Stops the in-process service and starts a new one on the same database and virtual host.
    public async Task RestartAsync(Func<Task> whileDown)
    {
        var settings = Factory.Settings.ToDictionary(pair => pair.Key, pair => pair.Value);
        Client.Dispose();
        await Factory.DisposeAsync();
        await whileDown();
        Factory = await ServiceFactory<BookingsDbContext>.CreateAsync("bookingsdb", settings, testServices: Factory.TestServices);
        Client = Factory.CreateClient();
        await Client.WaitUntilHealthyAsync();
        ObserveReceives();
        WakeLoopsOnTheFakeClock();
    }

    void ObserveReceives() => Factory.Services.GetRequiredService<IBus>().ConnectReceiveObserver(Handled);

    // Loops that slept on the fake clock while the service started (the outbox relay waiting for its bus) run again.
    void WakeLoopsOnTheFakeClock() => clock?.Advance(TimeSpan.FromSeconds(1));

    public HttpClient ClientFor(string accessToken)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>A customer's client; organizations as "&lt;orgId&gt;:owner" or "&lt;orgId&gt;:staff".</summary>
    public HttpClient CustomerClient(Guid customerId, params string[] organizations) =>
        ClientFor(Tokens.Token(new TokenShape { UserId = customerId, Organizations = organizations }));

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>Publishes as another service would; <see cref="Handled"/> then knows when Bookings is done with it.</summary>
    public async Task PublishAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? Guid.CreateVersion7();
        Handled.Published(id);
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
    }

    /// <summary>
    /// Waits until Bookings has handled every message the test published, its outbox is drained and the observer
    /// has received what it published, so that "nothing else was published" can be asserted.
    /// </summary>
    public async Task SettledAsync()
    {
        await Handled.AllHandledAsync();
        await Published.CaughtUpAsync();
    }

    // Publishes the snapshot and waits until the catalog has applied that version.
    public async Task FeedAsync(EventSnapshot snapshot)
    {
        await PublishAsync(new EventPublished(snapshot, DateTimeOffset.UtcNow));
        await WaitForEventVersionAsync(snapshot.EventId, snapshot.Version);
    }

    public Task WaitForEventVersionAsync(Guid eventId, long version) =>
        Eventually.HoldsAsync(async () => await EventVersionAsync(eventId) == version, Deadline, $"event {eventId} reaches version {version}");

    public async Task<long?> EventVersionAsync(Guid eventId) =>
        await ScalarAsync<long?>("SELECT version FROM catalog_events WHERE id = @id", ("id", eventId));

    public static Task<HttpResponseMessage> PlaceAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public Task<T> QueryAsync<T>(Func<BookingsDbContext, Task<T>> query) =>
        InScopeAsync(services => query(services.GetRequiredService<BookingsDbContext>()));

    // The service's own scoped services, as one request would see them.
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Booking> BookingAsync(Guid bookingId) =>
        QueryAsync(db => db.Set<Booking>().AsNoTracking().SingleAsync(b => b.Id == bookingId));

    public Task<BookingState> SagaAsync(Guid bookingId) =>
        QueryAsync(db => db.Set<BookingState>().AsNoTracking().SingleAsync(s => s.CorrelationId == bookingId));

    public async Task WaitForStatusAsync(Guid bookingId, BookingStatus status, TimeSpan? within = null) =>
        await Eventually.HoldsAsync(async () => (await BookingAsync(bookingId)).Status == status,
            within ?? Deadline, $"booking {bookingId} becomes {status}");

    public async Task<CounterRow> CounterAsync(Guid occurrenceId, Guid ticketTypeId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT capacity, held, sold, version FROM inventory_counters WHERE occurrence_id = @o AND ticket_type_id = @t", connection);
        command.Parameters.AddWithValue("o", occurrenceId);
        command.Parameters.AddWithValue("t", ticketTypeId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new CounterRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3))
            : throw new InvalidOperationException($"No seat counter for occurrence {occurrenceId}, ticket type {ticketTypeId}.");
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Published.DisposeAsync();
        await Factory.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
