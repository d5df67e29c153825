using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Scheduling;

// Delivers due messages (hold expiries) to the booking saga. Each is claimed with FOR UPDATE SKIP LOCKED,
// so instances share the work, and raised in-process in the transaction that deletes its row: it is
// delivered once, and a due time that passed while Bookings was down is delivered at the first pass.
public sealed partial class DueMessageDelivery(
    IServiceScopeFactory scopes,
    MigrationStatus<BookingsDbContext> migrations,
    IOptions<SagaOptions> options,
    TimeProvider timeProvider,
    ILogger<DueMessageDelivery> logger) : BackgroundService
{
    static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    const int MaxErrorLength = 2000;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        while (!stopping.IsCancellationRequested)
        {
            // Due rows live in tables the migrator may not have created yet.
            var delivered = migrations.Applied ? await DeliverDueAsync(settings.ExpiryBatchSize, stopping) : 0;
            // A full batch means more are due (a hot drop's holds run out together): no pause.
            if (delivered == settings.ExpiryBatchSize)
                continue;
            try
            {
                await Task.Delay(settings.ExpiryPollInterval, timeProvider, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
        }
    }

    async Task<int> DeliverDueAsync(int batchSize, CancellationToken stopping)
    {
        var delivered = 0;
        try
        {
            while (delivered < batchSize && await DeliverNextAsync(stopping))
                delivered++;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            LogPassFailed(exception.Message);
        }
        return delivered;
    }

    // False when nothing is due (or every due row is being delivered by another instance).
    async Task<bool> DeliverNextAsync(CancellationToken cancellationToken)
    {
        DueMessage? failed = null;
        Exception? failure = null;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BookingsDbContext>();
            var saga = scope.ServiceProvider.GetRequiredService<InProcessSagaEvents>();
            try
            {
                var found = await SagaTransaction.RunAsync(db, async token =>
                {
                    var now = timeProvider.GetUtcNow();
                    // Not composed upon: the locking clause must stay the statement's own.
                    var due = (await db.Set<DueMessage>()
                        .FromSql($"SELECT * FROM due_messages WHERE due_at <= {now} ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                        .ToListAsync(token)).SingleOrDefault();
                    if (due is null)
                        return false;
                    failed = due;
                    if (!OutboxMessageFormat.TryRead(due.MessageType, due.Body, out var message, out var type, out var unreadable))
                        throw new InvalidOperationException(unreadable);
                    db.Remove(due);
                    await saga.DeliverScheduledAsync(message!, type!, due.TokenId, token);
                    return true;
                }, cancellationToken);
                if (found)
                    return true;
                failed = null;
                return false;
            }
            catch (Exception exception) when (failed is not null && !cancellationToken.IsCancellationRequested)
            {
                failure = exception;
            }
        }

        await PostponeAsync(failed!, failure!, cancellationToken);
        return true;
    }

    // A message that cannot be delivered now is tried again later and must not hold back the rows behind it.
    async Task PostponeAsync(DueMessage message, Exception failure, CancellationToken cancellationToken)
    {
        LogDeliveryFailed(message.TokenId, message.MessageType, failure.Message);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDbContext>();
        var error = failure.Message.Length <= MaxErrorLength ? failure.Message : failure.Message[..MaxErrorLength];
        var retryAt = timeProvider.GetUtcNow() + RetryDelay;
        await db.Set<DueMessage>()
            .Where(m => m.TokenId == message.TokenId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.DueAt, retryAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, error), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Due message delivery pass failed, trying again at the next poll: {Reason}")]
    partial void LogPassFailed(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Due message {TokenId} ({MessageType}) could not be delivered, trying again later: {Reason}")]
    partial void LogDeliveryFailed(Guid tokenId, string messageType, string reason);
}
