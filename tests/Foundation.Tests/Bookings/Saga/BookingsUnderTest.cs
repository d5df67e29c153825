using System.Net.Http.Headers;
using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Bookings.Service.Saga;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Bookings;
using Platform.Foundation.Tests.Authentication;
using Platform.Foundation.Tests.Messaging;
using Platform.Foundation.Tests.Services;
using Platform.Testing;

namespace Platform.Foundation.Tests.BookingsSaga;

// Bookings.Service in-process on the real infrastructure, an Auth stand-in for tokens, and an
// observer of what it publishes. Tests play the Payments side by publishing its messages.
public sealed class BookingsUnderTest : IAsyncDisposable
{
    BookingsUnderTest(ServiceFactory<BookingsDbContext> factory, HttpClient client, TestTokenIssuer tokens, PublishedMessages published)
    {
        Factory = factory;
        Client = client;
        Tokens = tokens;
        Published = published;
    }

    public ServiceFactory<BookingsDbContext> Factory { get; private set; }
    public HttpClient Client { get; private set; }
    public TestTokenIssuer Tokens { get; }
    public PublishedMessages Published { get; }
    public HandledMessages Handled { get; } = new();
    public string RabbitMq => Factory.Settings["ConnectionStrings:rabbitmq"]!;

    public static async Task<BookingsUnderTest> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var tokens = await TestTokenIssuer.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Platform:JwksUrl"] = tokens.JwksUrl,
            ["Bookings:Saga:ExpiryPollInterval"] = "00:00:00.200",
            // These tests play Payments themselves and expect expiry right at the hold's end.
            ["Bookings:Saga:PaymentGrace"] = "00:00:00",
            ["Messaging:RelayPollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var factory = await ServiceFactory<BookingsDbContext>.CreateAsync("bookingsdb", all);
        var published = await PublishedMessages.StartAsync(factory.Settings["ConnectionStrings:rabbitmq"]!, factory.Settings["ConnectionStrings:bookingsdb"]!);
        var client = factory.CreateClient();
        await client.WaitUntilHealthyAsync();
        var service = new BookingsUnderTest(factory, client, tokens, published);
        service.ObserveReceives();
        return service;
    }

    // Stops the in-process service and starts a new one on the same database and virtual host.
    public async Task RestartAsync(Func<Task> whileDown)
    {
        var settings = Factory.Settings.ToDictionary(pair => pair.Key, pair => pair.Value);
        Client.Dispose();
        await Factory.DisposeAsync();
        await whileDown();
        // The given connection strings override the fresh database and virtual host the factory makes.
        Factory = await ServiceFactory<BookingsDbContext>.CreateAsync("bookingsdb", settings);
        Client = Factory.CreateClient();
        await Client.WaitUntilHealthyAsync();
        ObserveReceives();
    }

    void ObserveReceives() => Factory.Services.GetRequiredService<IBus>().ConnectReceiveObserver(Handled);

    /// <summary>
    /// Waits until Bookings has handled every message the test published, its outbox is drained and the observer
    /// has received what it published, so that "nothing else was published" can be asserted.
    /// </summary>
    public async Task SettledAsync()
    {
        await Handled.AllHandledAsync();
        await Published.CaughtUpAsync();
    }

    public HttpClient ClientFor(string accessToken)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Publishes as another service would; <see cref="Handled"/> then knows when Bookings is done with it.</summary>
    public async Task PublishAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? Guid.CreateVersion7();
        Handled.Published(id);
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
    }

    public async Task<T> QueryAsync<T>(Func<BookingsDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDbContext>();
        return await query(db);
    }

    public Task<Booking> BookingAsync(Guid bookingId) =>
        QueryAsync(db => db.Set<Booking>().AsNoTracking().SingleAsync(b => b.Id == bookingId));

    public Task<BookingSagaState> SagaAsync(Guid bookingId) =>
        QueryAsync(db => db.Set<BookingSagaState>().AsNoTracking().SingleAsync(s => s.BookingId == bookingId));

    public Task<InventoryCounter> CounterAsync(Guid occurrenceId, Guid ticketTypeId) =>
        QueryAsync(db => db.Set<InventoryCounter>().AsNoTracking().SingleAsync(c => c.OccurrenceId == occurrenceId && c.TicketTypeId == ticketTypeId));

    public async Task WaitForStatusAsync(Guid bookingId, BookingStatus status, TimeSpan? within = null) =>
        await Messaging.Eventually.HoldsAsync(async () => (await BookingAsync(bookingId)).Status == status,
            within ?? TimeSpan.FromSeconds(30), $"booking {bookingId} becomes {status}");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Published.DisposeAsync();
        await Factory.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
