using MassTransit;
using MassTransit.Mediator;

namespace Bookings.Service.Saga;

// Raises a saga event inside the caller's transaction (a request's, or the expiry worker's), through
// MassTransit's scoped mediator: the machine loads and saves the saga row with the caller's DbContext,
// and the caller's commit publishes what it added to the outbox.
public sealed class InProcessSagaEvents(IScopedMediator mediator)
{
    public Task RaiseAsync<TEvent>(TEvent message, CancellationToken cancellationToken) where TEvent : class =>
        mediator.Send(message, cancellationToken);

    // A scheduled message coming due, with MassTransit's scheduling token so the machine can tell a stale one.
    public Task DeliverScheduledAsync(object message, Type messageType, Guid schedulingToken, CancellationToken cancellationToken) =>
        mediator.Send(message, messageType, Pipe.Execute<SendContext>(send => send.Headers.Set(MessageHeaders.SchedulingTokenId, schedulingToken.ToString())), cancellationToken);
}
