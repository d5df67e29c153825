using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Messaging;

// An idempotent consumer: records (MessageId, consumer) in the inbox in the same transaction as the
// handling, so a redelivered message is acknowledged and skipped. A concurrent duplicate waits on the
// inbox key until the first commits, then skips; a failed handling rolls the inbox row back too.
public abstract class InboxConsumer<TMessage, TDbContext>(TDbContext dbContext, TimeProvider timeProvider) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = dbContext;

    protected TimeProvider Time { get; } = timeProvider;

    // Stored in the inbox key; stable across releases as long as the class keeps its name.
    protected virtual string ConsumerName => GetType().FullName ?? GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new MessageWithoutIdException(typeof(TMessage), ConsumerName);
        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            Db.ChangeTracker.Clear();
            await using var transaction = await Db.Database.BeginTransactionAsync(context.CancellationToken);
            if (!await Inbox.TryClaimAsync(Db, messageId, ConsumerName, Time.GetUtcNow(), context.CancellationToken))
                return;

            await HandleAsync(context, context.CancellationToken);
            await Db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        });
    }

    // Changes state through Db and may add outbox messages; the base class saves and commits.
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken);
}
