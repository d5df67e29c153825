using System.Collections.Concurrent;
using MassTransit;

namespace Platform.Foundation.Tests.Messaging;

// Which messages the service under test has finished with: acknowledged after its consumer ran, or moved
// to an _error queue once its retries were used up. Lets a test wait for an outcome instead of a time.
public sealed class HandledMessages : IReceiveObserver
{
    readonly ConcurrentDictionary<Guid, int> _published = new();
    readonly ConcurrentDictionary<Guid, int> _handled = new();

    public void Published(Guid messageId) => _published.AddOrUpdate(messageId, 1, (_, count) => count + 1);

    /// <summary>Waits until every message the test published has been received as often as it was published.</summary>
    public Task AllHandledAsync(TimeSpan? within = null) =>
        Eventually.HoldsAsync(
            () => Pending().Count == 0,
            within ?? TimeSpan.FromSeconds(30),
            "every published message is consumed or parked in an error queue",
            () => $"{Pending().Count} of {_published.Count} still unhandled");

    List<Guid> Pending() => _published.Where(p => _handled.GetValueOrDefault(p.Key) < p.Value).Select(p => p.Key).ToList();

    Task Handled(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
            _handled.AddOrUpdate(id, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Handled(context);

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Handled(context);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;
}
