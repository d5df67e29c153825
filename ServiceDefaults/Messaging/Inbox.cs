using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Messaging;

// The inbox table's one operation: record that a consumer handled a message, in the caller's transaction.
public static class Inbox
{
    const int MaxConsumerNameLength = 300;

    // False when another delivery of the same message already committed for this consumer; a concurrent
    // duplicate waits on the inbox key until the first commits or rolls back.
    public static async Task<bool> TryClaimAsync(DbContext db, Guid messageId, string consumer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = consumer.Length <= MaxConsumerNameLength ? consumer : consumer[..MaxConsumerNameLength];
        // The table name comes from the model, never from input.
        var sql = $"INSERT INTO {MessagingTables.Inbox(db)} (message_id, consumer, processed_at) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING";
        return await db.Database.ExecuteSqlRawAsync(sql, [messageId, name, now], cancellationToken) == 1;
    }
}
