using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Messaging;

// One relay pass: locks the oldest unpublished rows (skipping rows another relay holds), publishes them
// in order with MessageId = row id, and marks them published in the same short transaction.
internal sealed partial class OutboxBatchPublisher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxBatchPublisher<TDbContext>> logger)
    where TDbContext : DbContext
{
    const int MaxErrorLength = 2000;
    static readonly TimeSpan CommitTimeout = TimeSpan.FromSeconds(10);

    public async Task<OutboxBatch> PublishNextAsync(CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = dbContext.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(() => PublishNextAsync(dbContext, stopping));
    }

    async Task<OutboxBatch> PublishNextAsync(TDbContext dbContext, CancellationToken stopping)
    {
        dbContext.ChangeTracker.Clear();
        await using var transaction = await dbContext.Database.BeginTransactionAsync(stopping);
        // SKIP LOCKED lets several relays share the outbox, each taking rows the others are not publishing.
        var sql = $"SELECT * FROM {MessagingTables.Outbox(dbContext)} WHERE published_at IS NULL ORDER BY id LIMIT {{0}} FOR UPDATE SKIP LOCKED";
        var rows = await dbContext.Set<OutboxMessage>()
            .FromSqlRaw(sql, options.Value.RelayBatchSize)
            .ToListAsync(stopping);
        if (rows.Count == 0)
            return OutboxBatch.Empty;

        var published = 0;
        Exception? failure = null;
        foreach (var row in rows)
        {
            if (!OutboxMessageFormat.TryRead(row, out var message, out var type, out var unreadable))
            {
                // A row this process cannot read must not hold back the rows behind it.
                RecordFailure(row, unreadable!);
                LogUnreadable(row.Id, unreadable!);
                continue;
            }

            try
            {
                await PublishAsync(row, message!, type!, stopping);
                row.PublishedAt = timeProvider.GetUtcNow();
                published++;
            }
            catch (Exception exception)
            {
                if (!stopping.IsCancellationRequested)
                    RecordFailure(row, exception is OperationCanceledException ? $"Publish timed out after {options.Value.PublishTimeout}." : exception.Message);
                failure = exception;
                break;
            }
        }

        // Marks are saved even when stopping: the published rows must not be published again needlessly.
        using var commitTimeout = new CancellationTokenSource(CommitTimeout);
        await dbContext.SaveChangesAsync(commitTimeout.Token);
        await transaction.CommitAsync(commitTimeout.Token);
        return new OutboxBatch(rows.Count, published, failure);
    }

    async Task PublishAsync(OutboxMessage row, object message, Type type, CancellationToken stopping)
    {
        // The broker being down must never hang the relay: a publish that outlives the timeout is a failure.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.Value.PublishTimeout);
        using var activity = MessagingTelemetry.StartOutboxPublish(row);
        activity?.SetTag("messaging.message.id", row.Id.ToString());

        await bus.Publish(message, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.Id;
            if (row.CorrelationId is null)
                return;
            if (Guid.TryParse(row.CorrelationId, out var correlationId))
                context.CorrelationId = correlationId;
            context.Headers.Set(MessagingTelemetry.CorrelationIdHeader, row.CorrelationId);
        }), timeout.Token);
    }

    static void RecordFailure(OutboxMessage row, string error)
    {
        row.Attempts++;
        row.LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} cannot be published: {Reason}")]
    partial void LogUnreadable(Guid messageId, string reason);
}
