using System.Collections.Concurrent;
using Platform.Foundation.Tests.Messaging;

namespace Platform.Foundation.Tests.PaymentsService;

// Every payment outcome message the observer queue received, in arrival order.
public sealed class PublishedPaymentMessages
{
    readonly ConcurrentQueue<object> messages = new();

    public Task Add(object message)
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

    // Gives the outbox relay time to publish anything else it was going to, so "exactly one" means it.
    public static Task SettleAsync() => Task.Delay(TimeSpan.FromSeconds(1.5));
}
