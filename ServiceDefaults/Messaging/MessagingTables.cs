using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Messaging;

// Quoted, schema-qualified names of the outbox and inbox tables as the service's model maps them,
// for the raw SQL that LINQ cannot express (FOR UPDATE SKIP LOCKED, ON CONFLICT DO NOTHING).
internal static class MessagingTables
{
    public static string Outbox(DbContext dbContext) => QuotedTable<OutboxMessage>(dbContext);

    public static string Inbox(DbContext dbContext) => QuotedTable<InboxMessage>(dbContext);

    static string QuotedTable<TEntity>(DbContext dbContext)
    {
        var entity = dbContext.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{dbContext.GetType().Name} does not map {typeof(TEntity).Name}: call modelBuilder.AddMessagingTables() in its OnModelCreating.");
        var table = Quote(entity.GetTableName()!);
        return entity.GetSchema() is { } schema ? $"{Quote(schema)}.{table}" : table;
    }

    static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";
}
