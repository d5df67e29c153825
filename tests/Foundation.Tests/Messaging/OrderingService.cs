using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Foundation.Tests.Messaging;

// A small service host wired like a real one: its DbContext, AddPlatformMessaging and test consumers.
public sealed class OrderingService(IHost host, string database) : IAsyncDisposable
{
    public IHost Host { get; } = host;

    public DeliveryLog Log => Host.Services.GetRequiredService<DeliveryLog>();

    public static OrderingService Create(
        string database,
        string rabbitMq,
        string endpointPrefix,
        Action<IBusRegistrationConfigurator>? consumers = null,
        Action<MessagingOptions>? options = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:rabbitmq"] = rabbitMq;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(c => c.TimestampFormat = "HH:mm:ss.fff ");
        builder.Services.AddDbContext<OrderingDbContext>(db => db.UseNpgsql(database));
        builder.Services.AddSingleton<DeliveryLog>();
        builder.AddPlatformMessaging<OrderingDbContext>(consumers, messaging =>
        {
            messaging.EndpointPrefix = endpointPrefix;
            messaging.RetryIntervals = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50)];
            messaging.PublishTimeout = TimeSpan.FromSeconds(1);
            messaging.MaxRelayBackoff = TimeSpan.FromSeconds(1);
            options?.Invoke(messaging);
        });
        return new OrderingService(builder.Build(), database);
    }

    // Starts the host and waits until its receive endpoints are bound, so a direct publish reaches them.
    public async Task StartAsync()
    {
        await Host.StartAsync();
        var bus = Host.Services.GetRequiredService<IBusControl>();
        await Eventually.HoldsAsync(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(30), "the bus is ready");
    }

    public static async Task CreateSchemaAsync(string database)
    {
        await using var db = new OrderingDbContext(new DbContextOptionsBuilder<OrderingDbContext>().UseNpgsql(database).Options);
        await db.Database.EnsureCreatedAsync();
    }

    // Places an order and its integration message in one transaction, as a service endpoint would.
    public async Task<Guid> PlaceOrderAsync(string buyer, bool commit = true, int handlingDelayMs = 0, string? correlationId = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
        var orderId = Guid.CreateVersion7();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Orders.Add(new TicketOrder { Id = orderId, Buyer = buyer });
        outbox.Add(new TicketOrderPlaced(orderId, buyer, handlingDelayMs), correlationId);
        await db.SaveChangesAsync();
        if (commit)
            await transaction.CommitAsync();
        else
            await transaction.RollbackAsync();
        return orderId;
    }

    public async Task<List<OutboxMessage>> OutboxRowsAsync()
    {
        await using var db = NewDbContext();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<int> ReceiptsForAsync(Guid orderId)
    {
        await using var db = NewDbContext();
        return await db.Receipts.CountAsync(r => r.OrderId == orderId);
    }

    public async Task<int> InboxRowsAsync()
    {
        await using var db = NewDbContext();
        return await db.Set<InboxMessage>().CountAsync();
    }

    OrderingDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<OrderingDbContext>().UseNpgsql(database).Options);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            Host.Dispose();
        }
    }
}
