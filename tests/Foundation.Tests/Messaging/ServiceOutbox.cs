using Npgsql;

namespace Platform.Foundation.Tests.Messaging;

// A service's outbox as its database shows it: drained once the relay has handed every message to the broker.
internal static class ServiceOutbox
{
    public static async Task DrainedAsync(string database, TimeSpan within)
    {
        long unpublished = 0;
        await Eventually.HoldsAsync(async () => (unpublished = await UnpublishedAsync(database)) == 0, within,
            "the outbox is drained", () => $"{unpublished} messages unpublished");
    }

    static async Task<long> UnpublishedAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE published_at IS NULL", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
