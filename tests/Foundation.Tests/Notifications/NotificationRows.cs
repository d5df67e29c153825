using Npgsql;

namespace Platform.Foundation.Tests.NotificationsService;

internal sealed record NotificationRow(
    Guid Id, string Kind, string Status, int Attempts, string? LastError, DateTimeOffset? SentAt, bool HasBodies, Guid? UserId);

// Reads the notifications table directly, as an operator would, to see what the service recorded.
internal static class NotificationRows
{
    public static async Task<List<NotificationRow>> ForMessageAsync(string connectionString, Guid sourceMessageId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT id, kind, status, attempts, last_error, sent_at, html_body IS NOT NULL OR text_body IS NOT NULL, user_id
            FROM notifications WHERE source_message_id = @id
            """,
            connection);
        query.Parameters.AddWithValue("id", sourceMessageId);
        var rows = new List<NotificationRow>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new NotificationRow(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetBoolean(6),
                reader.IsDBNull(7) ? null : reader.GetGuid(7)));
        }
        return rows;
    }

    public static async Task<NotificationRow> SingleForMessageAsync(string connectionString, Guid sourceMessageId) =>
        Xunit.Assert.Single(await ForMessageAsync(connectionString, sourceMessageId));

    // The mail reaches the sink a moment before the dispatcher records it as sent.
    public static async Task<NotificationRow> SentForMessageAsync(string connectionString, Guid sourceMessageId)
    {
        await Platform.Foundation.Tests.Messaging.Eventually.HoldsAsync(
            async () => (await ForMessageAsync(connectionString, sourceMessageId)).SingleOrDefault() is { Status: "Sent" },
            TimeSpan.FromSeconds(10),
            "the notification is recorded as sent");
        return await SingleForMessageAsync(connectionString, sourceMessageId);
    }
}

internal static class NotificationAttachmentRows
{
    public static async Task<int> CountAsync(string connectionString, Guid notificationId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM notification_attachments WHERE notification_id = @id", connection);
        query.Parameters.AddWithValue("id", notificationId);
        return Convert.ToInt32(await query.ExecuteScalarAsync());
    }
}
