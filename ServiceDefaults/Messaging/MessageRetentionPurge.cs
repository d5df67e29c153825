using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Messaging;

// Deletes published outbox rows and inbox rows older than their retention, in small batches so a
// purge never holds many locks or a long transaction.
internal sealed class MessageRetentionPurge<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider)
    where TDbContext : DbContext
{
    const int BatchSize = 5_000;

    public async Task<int> PurgeAsync(CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = timeProvider.GetUtcNow();
        return await PurgeOutboxAsync(dbContext, now - options.Value.OutboxRetention, stopping)
            + await PurgeInboxAsync(dbContext, now - options.Value.InboxRetention, stopping);
    }

    static async Task<int> PurgeOutboxAsync(TDbContext dbContext, DateTimeOffset cutoff, CancellationToken stopping)
    {
        // Ids are UUIDv7 from the same clock, so every row published before the cutoff also has an id
        // below this bound: the primary key narrows the scan without an index on published_at.
        var idBound = Guid.CreateVersion7(cutoff);
        var sql = $$"""
            DELETE FROM {{MessagingTables.Outbox(dbContext)}} WHERE id IN (
                SELECT id FROM {{MessagingTables.Outbox(dbContext)}}
                WHERE id < {0} AND published_at < {1} ORDER BY id LIMIT {{BatchSize}})
            """;
        return await DeleteInBatchesAsync(dbContext, sql, [idBound, cutoff], stopping);
    }

    static async Task<int> PurgeInboxAsync(TDbContext dbContext, DateTimeOffset cutoff, CancellationToken stopping)
    {
        var sql = $$"""
            DELETE FROM {{MessagingTables.Inbox(dbContext)}} AS inbox USING (
                SELECT message_id, consumer FROM {{MessagingTables.Inbox(dbContext)}}
                WHERE processed_at < {0} LIMIT {{BatchSize}}) AS old
            WHERE inbox.message_id = old.message_id AND inbox.consumer = old.consumer
            """;
        return await DeleteInBatchesAsync(dbContext, sql, [cutoff], stopping);
    }

    static async Task<int> DeleteInBatchesAsync(TDbContext dbContext, string sql, object[] parameters, CancellationToken stopping)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await dbContext.Database.ExecuteSqlRawAsync(sql, parameters, stopping);
            total += deleted;
        }
        while (deleted == BatchSize);
        return total;
    }
}
