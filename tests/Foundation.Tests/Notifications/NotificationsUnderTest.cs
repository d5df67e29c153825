using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Notifications.Service.Infrastructure;
using Npgsql;
using Platform.Foundation.Tests.Messaging;
using Platform.Foundation.Tests.Services;
using Platform.Testing;

namespace Platform.Foundation.Tests.NotificationsService;

// Notifications.Service in-process on the shared infrastructure, healthy (bus bound) before a test publishes.
public sealed class NotificationsUnderTest : IAsyncDisposable
{
    NotificationsUnderTest(ServiceFactory<NotificationsDbContext> factory, HttpClient client)
    {
        Factory = factory;
        Client = client;
    }

    public ServiceFactory<NotificationsDbContext> Factory { get; }

    public HttpClient Client { get; }

    public string DatabaseConnectionString => Factory.Settings["ConnectionStrings:notificationsdb"]!;

    public HandledMessages Handled { get; } = new();

    public static async Task<NotificationsUnderTest> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Notifications:PollInterval"] = "00:00:00.200",
            ["Notifications:FirstRetryDelay"] = "00:00:00.200",
            ["Notifications:MaxRetryDelay"] = "00:00:00.500",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var factory = await ServiceFactory<NotificationsDbContext>.CreateAsync("notificationsdb", all);
        var client = factory.CreateClient();
        await client.WaitUntilHealthyAsync();
        var service = new NotificationsUnderTest(factory, client);
        factory.Services.GetRequiredService<IBus>().ConnectReceiveObserver(service.Handled);
        return service;
    }

    public async Task<Guid> PublishAsync<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class
    {
        var id = messageId ?? Guid.CreateVersion7();
        Handled.Published(id);
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
        return id;
    }

    /// <summary>
    /// Waits until every message the test published was handled and no notification is pending: each mail is then
    /// in the sink (Sent is recorded after the mail server accepted it) or given up, and no other is coming.
    /// </summary>
    public async Task SettledAsync(TimeSpan? within = null)
    {
        await Handled.AllHandledAsync(within);
        long pending = 0;
        await Eventually.HoldsAsync(async () => (pending = await PendingAsync()) == 0, within ?? TimeSpan.FromSeconds(30),
            "every notification is sent or given up", () => $"{pending} pending");
    }

    async Task<long> PendingAsync()
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM notifications WHERE status = 'Pending'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
