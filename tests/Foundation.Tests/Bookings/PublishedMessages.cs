using System.Collections.Concurrent;
using MassTransit;
using MassTransit.Scheduling;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.Messaging;
using Xunit;

namespace Platform.Foundation.Tests.BookingsService;

// A bus of the test's own on the service's virtual host, bound to everything Bookings' saga publishes:
// what other services would receive.
public sealed class PublishedMessages : IAsyncDisposable
{
    readonly IBusControl bus;
    readonly string bookingsDb;
    readonly ConcurrentQueue<object> received = new();

    PublishedMessages(IBusControl bus, string bookingsDb)
    {
        this.bus = bus;
        this.bookingsDb = bookingsDb;
    }

    public static async Task<PublishedMessages> StartAsync(string rabbitMqUri, string bookingsDb)
    {
        PublishedMessages? observer = null;
        var uri = new Uri(rabbitMqUri);
        var credentials = uri.UserInfo.Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(uri.Host, (ushort)uri.Port, Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')), host =>
            {
                host.Username(Uri.UnescapeDataString(credentials[0]));
                host.Password(Uri.UnescapeDataString(credentials[1]));
            });
            rabbit.ReceiveEndpoint("saga-test-observer", endpoint =>
            {
                void Record<T>() where T : class => endpoint.Handler<T>(context =>
                {
                    observer!.received.Enqueue(context.Message);
                    return Task.CompletedTask;
                });
                Record<RequestPayment>();
                Record<CancelPayment>();
                Record<RefundPayment>();
                Record<BookingConfirmed>();
                Record<BookingFailed>();
                Record<BookingExpired>();
                Record<BookingCancelled>();
                Record<BookingRefunded>();
                Record<BookingRefundFailed>();
                Record<ScheduleMessage>();
                Record<CancelScheduledMessage>();
                Record<CaughtUpMarker>();
            });
        });
        observer = new PublishedMessages(bus, bookingsDb);
        await bus.StartAsync();
        return observer;
    }

    public IReadOnlyList<T> Of<T>(Func<T, bool>? where = null) => received.OfType<T>().Where(where ?? (_ => true)).ToList();

    public async Task<T> SingleAsync<T>(Func<T, bool> where, TimeSpan? within = null)
    {
        await Eventually.HoldsAsync(() => Of(where).Count > 0, within ?? TimeSpan.FromSeconds(30), $"{typeof(T).Name} is published");
        // A second one would already be on its way.
        await CaughtUpAsync();
        return Assert.Single(Of(where));
    }

    /// <summary>
    /// Waits until Bookings' outbox has handed every message to the broker and this observer has received them all,
    /// so that "nothing else was published" can be asserted. Call it after the service has handled what the test sent.
    /// </summary>
    public async Task CaughtUpAsync()
    {
        await ServiceOutbox.DrainedAsync(bookingsDb, TimeSpan.FromSeconds(30));
        var marker = new CaughtUpMarker(Guid.NewGuid());
        await bus.Publish(marker);
        await Eventually.HoldsAsync(() => received.Contains(marker), TimeSpan.FromSeconds(30), "the observer receives what was queued before its marker");
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
