using Bookings.Service.Infrastructure;
using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.Saga.Persistence;

// One message's view of the saga table. A transition that changed the row bumps Version, and the UPDATE
// is conditional on the version read: a concurrent transition of the same booking fails its save and is
// retried from a fresh read. A message that changed nothing writes nothing.
public sealed class BookingSagaRepositoryContext<TMessage> : ConsumeContextScope<TMessage>, SagaRepositoryContext<BookingState, TMessage>
    where TMessage : class
{
    readonly BookingsDbContext db;
    readonly ConsumeContext<TMessage> consumeContext;
    readonly ISagaConsumeContextFactory<BookingsDbContext, BookingState> consumeContexts;
    readonly TimeProvider timeProvider;

    public BookingSagaRepositoryContext(
        BookingsDbContext db,
        ConsumeContext<TMessage> consumeContext,
        ISagaConsumeContextFactory<BookingsDbContext, BookingState> consumeContexts,
        TimeProvider timeProvider)
        : base(consumeContext, db)
    {
        this.db = db;
        this.consumeContext = consumeContext;
        this.consumeContexts = consumeContexts;
        this.timeProvider = timeProvider;
    }

    public Task<SagaConsumeContext<BookingState, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> context, BookingState instance, SagaConsumeContextMode mode)
        where T : class =>
        consumeContexts.CreateSagaConsumeContext(db, context, instance, mode);

    // A saga starts with its booking, written by placement (BookingSagaStart); no event creates one.
    public Task<SagaConsumeContext<BookingState, TMessage>> Add(BookingState instance) => throw StartedOnlyByPlacement();

    public Task<SagaConsumeContext<BookingState, TMessage>> Insert(BookingState instance) => throw StartedOnlyByPlacement();

    public async Task<SagaConsumeContext<BookingState, TMessage>> Load(Guid correlationId)
    {
        var instance = await db.Set<BookingState>().SingleOrDefaultAsync(s => s.CorrelationId == correlationId, CancellationToken);
        return instance is null ? null! : await consumeContexts.CreateSagaConsumeContext(db, consumeContext, instance, SagaConsumeContextMode.Load);
    }

    public Task Save(SagaConsumeContext<BookingState> context) => throw StartedOnlyByPlacement();

    public async Task Update(SagaConsumeContext<BookingState> context)
    {
        db.ChangeTracker.DetectChanges();
        if (db.Entry(context.Saga).State != EntityState.Modified)
            return;
        context.Saga.Version++;
        context.Saga.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken);
    }

    // A booking's saga row stays for as long as its booking: the machine never finalizes.
    public Task Delete(SagaConsumeContext<BookingState> context) =>
        throw new NotSupportedException("Booking sagas are never deleted.");

    public Task Discard(SagaConsumeContext<BookingState> context) => Task.CompletedTask;

    static NotSupportedException StartedOnlyByPlacement() =>
        new("A booking saga is written with its booking when the seats are held; no message creates one.");

    public Task Undo(SagaConsumeContext<BookingState> context)
    {
        if (db.ChangeTracker.Entries<BookingState>().FirstOrDefault(e => e.Entity.CorrelationId == context.Saga.CorrelationId) is { } entry)
            entry.State = EntityState.Unchanged;
        return Task.CompletedTask;
    }
}
