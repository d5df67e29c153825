using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bookings.Service.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Contracts.Events;
using Platform.Foundation.Tests.Authentication;
using Platform.Foundation.Tests.Messaging;
using Platform.Foundation.Tests.Services;
using Platform.Testing;

namespace Platform.Foundation.Tests.BookingsCore;

public sealed record CounterRow(int Capacity, int Held, int Sold, long Version);

// Bookings.Service in-process on the real infrastructure, trusting a test token issuer, fed with
// Events' messages over its own RabbitMQ virtual host.
public sealed class BookingsUnderTest : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    readonly TestTokenIssuer issuer;

    BookingsUnderTest(TestTokenIssuer issuer, ServiceFactory<BookingsDbContext> factory)
    {
        this.issuer = issuer;
        Factory = factory;
    }

    public ServiceFactory<BookingsDbContext> Factory { get; }

    public string DatabaseConnectionString => Factory.DatabaseConnectionString;

    public static async Task<BookingsUnderTest> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var issuer = await TestTokenIssuer.StartAsync();
        var all = issuer.ServiceSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var factory = await ServiceFactory<BookingsDbContext>.CreateAsync("bookingsdb", all);
        using var probe = factory.CreateClient();
        await probe.WaitUntilHealthyAsync();
        return new BookingsUnderTest(issuer, factory);
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    public HttpClient CustomerClient(Guid customerId, params string[] organizations)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", issuer.Token(new TokenShape { UserId = customerId, Organizations = organizations }));
        return client;
    }

    public async Task PublishAsync<TMessage>(TMessage message) where TMessage : class =>
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = Guid.CreateVersion7());

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

    public async Task<CounterRow?> CounterAsync(Guid occurrenceId, Guid ticketTypeId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT capacity, held, sold, version FROM inventory_counters WHERE occurrence_id = @o AND ticket_type_id = @t", connection);
        command.Parameters.AddWithValue("o", occurrenceId);
        command.Parameters.AddWithValue("t", ticketTypeId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new CounterRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3)) : null;
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

    public static Task<HttpResponseMessage> PlaceAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await issuer.DisposeAsync();
    }
}
