using Bookings.Service.Domain;
using Bookings.Service.Infrastructure;
using Bookings.Service.Saga.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Data;

namespace Bookings.Service.Saga;

// Durable hold expiry: the due time is the saga row's HoldExpiresAt in Postgres, so a hold that ran
// out while Bookings was down expires at the first pass after start. Instances share the work:
// each booking is claimed with FOR UPDATE SKIP LOCKED and expired in its own transaction.
public sealed partial class HoldExpiryWorker(
    IServiceScopeFactory scopes,
    MigrationStatus<BookingsDbContext> migrations,
    IOptions<SagaOptions> options,
    TimeProvider timeProvider,
    ILogger<HoldExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        while (!stopping.IsCancellationRequested)
        {
            // Holds are due in tables the migrator may not have created yet.
            var expired = migrations.Applied ? await ExpireDueHoldsAsync(settings.ExpiryBatchSize, stopping) : 0;
            // A full batch means more holds are due (a hot drop's holds run out together): no pause.
            if (expired == settings.ExpiryBatchSize)
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

    async Task<int> ExpireDueHoldsAsync(int batchSize, CancellationToken stopping)
    {
        var expired = 0;
        try
        {
            while (expired < batchSize && await ExpireNextAsync(stopping))
                expired++;
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            LogPassFailed(exception.Message);
        }
        catch (OperationCanceledException)
        {
        }
        return expired;
    }

    // False when no hold is due (or every due one is being expired by another instance).
    async Task<bool> ExpireNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDbContext>();
        var saga = scope.ServiceProvider.GetRequiredService<InProcessSagaEvents>();
        return await SagaTransaction.RunAsync(db, async token =>
        {
            var dueBefore = timeProvider.GetUtcNow() - options.Value.PaymentGrace;
            var awaiting = BookingStatus.AwaitingPayment.ToString();
            var due = await db.Database
                .SqlQuery<Guid>($"SELECT booking_id AS \"Value\" FROM booking_sagas WHERE state = {awaiting} AND hold_expires_at <= {dueBefore} ORDER BY hold_expires_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .ToListAsync(token);
            if (due.Count == 0)
                return false;
            await saga.RaiseAsync(new BookingHoldExpired(due[0], timeProvider.GetUtcNow()), token);
            return true;
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hold expiry pass failed, trying again at the next poll: {Reason}")]
    partial void LogPassFailed(string reason);
}
