using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Notifications.Service.Infrastructure;
using Notifications.Service.Model;
using Platform.ServiceDefaults.Data;

namespace Notifications.Service.Mail;

// Sends due Pending notifications: claims a batch under a lease (FOR UPDATE SKIP LOCKED, so several
// instances share the work and no row lock is held across SMTP), sends each, records Sent or the
// failure with its back-off. A broker message is thus never lost to a mail-server outage, and a
// mail already accepted is never sent again.
public sealed partial class NotificationDispatcher(
    IServiceScopeFactory scopes,
    MigrationStatus<NotificationsDbContext> migrations,
    SmtpMailer mailer,
    DeliveryWakeUp wakeUp,
    IOptions<NotificationsOptions> options,
    TimeProvider timeProvider,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        try
        {
            // The table exists only once the migrator is done.
            while (!migrations.Applied)
                await Task.Delay(settings.PollInterval, timeProvider, stopping);

            while (!stopping.IsCancellationRequested)
            {
                var claimed = 0;
                try
                {
                    claimed = await DeliverDueAsync(settings, stopping);
                }
                catch (Exception exception) when (!stopping.IsCancellationRequested)
                {
                    LogDispatchFailed(exception.Message);
                }
                if (claimed < settings.BatchSize)
                    await wakeUp.WaitAsync(settings.PollInterval, timeProvider, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    async Task<int> DeliverDueAsync(NotificationsOptions settings, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = timeProvider.GetUtcNow();
        // Not cancellable: a claim cut short could commit its lease and lose the ids that release it.
        var ids = await ClaimAsync(db, now, now + settings.SendLease, settings.BatchSize, CancellationToken.None);
        if (ids.Count == 0)
            return 0;

        try
        {
            var due = await db.Notifications.Where(n => ids.Contains(n.Id)).OrderBy(n => n.CreatedAt).ToListAsync(stopping);
            await SendAllAsync(db, due, settings, stopping);
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // Stopping (cancelled, or the host tearing down under us): hand every claimed row not yet sent back at
            // once rather than leaving it leased.
            await ReleaseAsync(db, ids);
            throw;
        }
        return ids.Count;
    }

    async Task SendAllAsync(NotificationsDbContext db, List<Notification> due, NotificationsOptions settings, CancellationToken stopping)
    {
        SmtpMailer.SmtpSession? session = null;
        string? connectError = null;
        try
        {
            session = await mailer.ConnectAsync(stopping);
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            connectError = $"Mail server unreachable: {exception.Message}";
        }

        await using (session)
        {
            foreach (var notification in due)
            {
                var error = connectError ?? await SendAsync(session!, notification, settings, stopping);
                if (error is null)
                {
                    notification.MarkSent(timeProvider.GetUtcNow());
                    LogSent(notification.Id, notification.Kind, notification.Attempts);
                }
                else
                {
                    notification.MarkAttemptFailed(error, timeProvider.GetUtcNow(), settings.Backoff());
                    LogAttemptFailed(notification.Id, notification.Kind, notification.Attempts, notification.Status, error);
                }
                // One save per mail: a crash later in the batch must not send this one again.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
    }

    // Pending rows among the claimed are due again now; sent or failed ones are left as they are.
    async Task ReleaseAsync(NotificationsDbContext db, List<Guid> claimed)
    {
        try
        {
            var now = timeProvider.GetUtcNow();
            await db.Notifications
                .Where(n => claimed.Contains(n.Id) && n.Status == NotificationStatus.Pending && n.NextAttemptAt > now)
                .ExecuteUpdateAsync(n => n.SetProperty(x => x.NextAttemptAt, now), CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The lease expires by itself; this only shortens the wait.
            LogDispatchFailed(exception.Message);
        }
    }

    static async Task<string?> SendAsync(SmtpMailer.SmtpSession session, Notification notification, NotificationsOptions settings, CancellationToken stopping)
    {
        try
        {
            await session.SendAsync(NotificationMessage.Build(notification, settings.Sender()), stopping);
            return null;
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    // Pushes the claimed rows' next attempt past the lease in one committed statement.
    static async Task<List<Guid>> ClaimAsync(NotificationsDbContext db, DateTimeOffset now, DateTimeOffset leaseUntil, int batchSize, CancellationToken stopping)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(stopping);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE notifications SET next_attempt_at = @lease_until
                WHERE id IN (
                    SELECT id FROM notifications
                    WHERE status = 'Pending' AND next_attempt_at <= @now
                    ORDER BY next_attempt_at
                    LIMIT @batch_size
                    FOR UPDATE SKIP LOCKED)
                RETURNING id
                """;
            AddParameter(command, "lease_until", leaseUntil);
            AddParameter(command, "now", now);
            AddParameter(command, "batch_size", batchSize);
            var ids = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync(stopping);
            while (await reader.ReadAsync(stopping))
                ids.Add(reader.GetGuid(0));
            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} ({Kind}) sent after {Attempts} attempt(s)")]
    partial void LogSent(Guid notificationId, NotificationKind kind, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} ({Kind}) attempt {Attempts} failed, now {Status}: {Error}")]
    partial void LogAttemptFailed(Guid notificationId, NotificationKind kind, int attempts, NotificationStatus status, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification dispatch failed, retrying at the next poll: {Error}")]
    partial void LogDispatchFailed(string error);
}
