using System.Collections.Concurrent;
using MassTransit;
using Platform.Contracts.Bookings;
using Platform.Contracts.Payments;
using Xunit;

namespace Platform.Foundation.Tests.BookingsSaga;

// A bus of the test's own on the service's virtual host, bound to everything Bookings' saga publishes:
// what other services would receive.
public sealed class PublishedMessages : IAsyncDisposable
{
    readonly IBusControl bus;
    readonly ConcurrentQueue<object> received = new();

    PublishedMessages(IBusControl bus) => this.bus = bus;

    public static async Task<PublishedMessages> StartAsync(string rabbitMqUri)
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
            });
        });
        observer = new PublishedMessages(bus);
        await bus.StartAsync();
        return observer;
    }

    public IReadOnlyList<T> Of<T>(Func<T, bool>? where = null) => received.OfType<T>().Where(where ?? (_ => true)).ToList();

    public async Task<T> SingleAsync<T>(Func<T, bool> where, TimeSpan? within = null)
    {
        await Messaging.Eventually.HoldsAsync(() => Of(where).Count > 0, within ?? TimeSpan.FromSeconds(30), $"{typeof(T).Name} is published");
        // Anything published twice would arrive within this.
        await Task.Delay(300);
        return Assert.Single(Of(where));
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
