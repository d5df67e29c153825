using System.Collections.Concurrent;
using MassTransit;
using Platform.Contracts.Payments;
using Platform.Foundation.Tests.Messaging;

namespace Platform.Foundation.Tests.PaymentsService;

// Every payment outcome message Payments published, in arrival order, received on a queue of the test's own
// on the service's bus; and which of the messages the test sent Payments has finished with.
public sealed class PublishedPaymentMessages : IAsyncDisposable
{
    readonly ConcurrentQueue<object> messages = new();
    readonly IBus bus;
    readonly string paymentsDb;
    HostReceiveEndpointHandle? endpoint;

    PublishedPaymentMessages(IBus bus, string paymentsDb)
    {
        this.bus = bus;
        this.paymentsDb = paymentsDb;
    }

    public HandledMessages Handled { get; } = new();

    public static async Task<PublishedPaymentMessages> ObserveAsync(IBus bus, string paymentsDb, string queue)
    {
        var published = new PublishedPaymentMessages(bus, paymentsDb);
        bus.ConnectReceiveObserver(published.Handled);
        published.endpoint = bus.ConnectReceiveEndpoint(queue, endpoint =>
        {
            void Record<T>() where T : class => endpoint.Handler<T>(context => published.Add(context.Message));
            Record<PaymentSucceeded>();
            Record<PaymentFailed>();
            Record<PaymentCancelled>();
            Record<PaymentRefunded>();
            Record<RefundFailed>();
            Record<CaughtUpMarker>();
        });
        await published.endpoint.Ready;
        return published;
    }

    Task Add(object message)
    {
        messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public IReadOnlyList<T> Of<T>(Func<T, bool>? match = null) =>
        messages.OfType<T>().Where(m => match?.Invoke(m) ?? true).ToList();

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, string what)
    {
        await Eventually.HoldsAsync(() => Of(match).Count > 0, PaymentsUnderTest.Deadline, what);
        return Of(match)[0];
    }

    /// <summary>
    /// Waits until Payments has handled every message the test sent, its outbox is drained and this queue has
    /// received all of it, so that "exactly one" or "none" means it.
    /// </summary>
    public async Task SettleAsync()
    {
        await Handled.AllHandledAsync(PaymentsUnderTest.Deadline);
        await ServiceOutbox.DrainedAsync(paymentsDb, PaymentsUnderTest.Deadline);
        var marker = new CaughtUpMarker(Guid.NewGuid());
        await bus.Publish(marker);
        await WaitForAsync<CaughtUpMarker>(m => m == marker, "the observer receives what was queued before its marker");
    }

    public async ValueTask DisposeAsync()
    {
        if (endpoint is not null)
            await endpoint.StopAsync();
    }
}
