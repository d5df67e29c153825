using Bookings.Service.Infrastructure;
using Bookings.Service.Saga.Scheduling;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Persistence;

// MassTransit's saga repository for BookingState, over the service's scoped DbContext.
// From the bus: one transaction per message under the retrying execution strategy, the message claimed
// in the inbox first (a redelivery changes nothing), the row and the outbox committed together.
// In-process (the scoped mediator, inside a request's or a worker's transaction): the caller commits.
// Either way, the machine's Schedule/Unschedule are MassTransit scheduler messages in the same transaction's outbox.
public sealed class BookingSagaRepositoryContextFactory(
    BookingsDbContext db,
    ISagaConsumeContextFactory<BookingsDbContext, BookingState> consumeContexts,
    OutboxScheduleMessageProvider schedules,
    IBus bus,
    TimeProvider timeProvider) : ISagaRepositoryContextFactory<BookingState>
{
    const string InboxConsumerName = "Bookings.Service.Saga.BookingStateMachine";

    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<BookingState, T>> next)
        where T : class
    {
        // The machine's Schedule and Unschedule go to the outbox in this transaction.
        context.AddOrUpdatePayload<MessageSchedulerContext>(() => OutboxScheduler(context), _ => OutboxScheduler(context));
        if (db.Database.CurrentTransaction is not null)
            return next.Send(RepositoryContext(context));

        var messageId = context.MessageId ?? throw new MessageWithoutIdException(typeof(T), InboxConsumerName);
        var cancellationToken = context.CancellationToken;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await Inbox.TryClaimAsync(db, messageId, InboxConsumerName, timeProvider.GetUtcNow(), cancellationToken))
                return;
            await next.Send(RepositoryContext(context));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    // Every event of the booking saga correlates by the booking's id; nothing queries sagas by content.
    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<BookingState> query, IPipe<SagaRepositoryQueryContext<BookingState, T>> next)
        where T : class =>
        throw new NotSupportedException("The booking saga correlates every event by booking id.");

    public void Probe(ProbeContext context) => context.Add("persistence", "bookingsdb");

    ConsumeMessageSchedulerContext OutboxScheduler(ConsumeContext context) =>
        new(context, _ => new MessageScheduler(schedules, bus.Topology));

    BookingSagaRepositoryContext<T> RepositoryContext<T>(ConsumeContext<T> context) where T : class =>
        new(db, context, consumeContexts, timeProvider);
}
