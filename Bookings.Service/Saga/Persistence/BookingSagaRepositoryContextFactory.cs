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
// Either way, the machine's Schedule/Unschedule go to the due_messages table in the same transaction.
public sealed class BookingSagaRepositoryContextFactory(
    BookingsDbContext db,
    ISagaConsumeContextFactory<BookingsDbContext, BookingState> consumeContexts,
    DueMessageScheduleProvider dueMessages,
    IBus bus,
    TimeProvider timeProvider) : ISagaRepositoryContextFactory<BookingState>
{
    const string InboxConsumerName = "Bookings.Service.Saga.BookingStateMachine";

    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<BookingState, T>> next)
        where T : class
    {
        // The machine's Schedule and Unschedule write and delete due rows in this transaction.
        context.AddOrUpdatePayload<MessageSchedulerContext>(() => DueMessageScheduler(context), _ => DueMessageScheduler(context));
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

    ConsumeMessageSchedulerContext DueMessageScheduler(ConsumeContext context) =>
        new(context, _ => new MessageScheduler(dueMessages, bus.Topology));

    BookingSagaRepositoryContext<T> RepositoryContext<T>(ConsumeContext<T> context) where T : class =>
        new(db, context, consumeContexts, timeProvider);
}
