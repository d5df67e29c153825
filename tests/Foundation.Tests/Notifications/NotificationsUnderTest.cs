using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Notifications.Service.Infrastructure;
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
        return new NotificationsUnderTest(factory, client);
    }

    public async Task<Guid> PublishAsync<TMessage>(TMessage message, Guid? messageId = null) where TMessage : class
    {
        var id = messageId ?? Guid.CreateVersion7();
        await Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
