using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Messaging;

// Drains the outbox of TDbContext: publishes as soon as a write is committed, polls when idle (for
// rows written by other instances or left by a crash), backs off while the broker is unreachable,
// and purges old rows now and then. Several instances may run at once.
internal sealed partial class OutboxRelay<TDbContext>(
    OutboxBatchPublisher<TDbContext> publisher,
    MessageRetentionPurge<TDbContext> purge,
    OutboxWakeUp<TDbContext> wakeUp,
    IBusControl bus,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay<TDbContext>> logger)
    : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        var failures = 0;
        var nextPurge = timeProvider.GetUtcNow() + settings.PurgeInterval;
        try
        {
            await WaitForReceiveEndpointsAsync(stopping);
            while (!stopping.IsCancellationRequested)
            {
                OutboxBatch batch;
                try
                {
                    batch = await publisher.PublishNextAsync(stopping);
                }
                catch (Exception exception) when (!stopping.IsCancellationRequested)
                {
                    batch = new OutboxBatch(0, 0, exception);
                }

                if (batch.Failure is not null)
                {
                    failures++;
                    var backoff = Backoff(failures, settings);
                    LogRelayFailed(typeof(TDbContext).Name, failures, backoff, batch.Failure.Message);
                    // A backoff ignores wake-ups: new writes must not turn an outage into a retry storm.
                    await Task.Delay(backoff, timeProvider, stopping);
                    continue;
                }

                if (failures > 0)
                    LogRelayRecovered(typeof(TDbContext).Name, failures);
                failures = 0;

                if (timeProvider.GetUtcNow() >= nextPurge)
                {
                    await PurgeAsync(stopping);
                    nextPurge = timeProvider.GetUtcNow() + settings.PurgeInterval;
                }

                // A full batch means more rows are waiting.
                if (batch.Selected < settings.RelayBatchSize)
                    await wakeUp.WaitAsync(settings.RelayPollInterval, timeProvider, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    // On a fresh broker a message published before this service's queues are bound reaches no queue
    // and is dropped, so the first pass waits until the bus reports its endpoints ready (bounded).
    async Task WaitForReceiveEndpointsAsync(CancellationToken stopping)
    {
        var giveUpAt = timeProvider.GetUtcNow() + StartupWait;
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy)
        {
            if (timeProvider.GetUtcNow() >= giveUpAt)
            {
                LogBusNotReady(typeof(TDbContext).Name, StartupWait);
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), timeProvider, stopping);
        }
    }

    async Task PurgeAsync(CancellationToken stopping)
    {
        try
        {
            await purge.PurgeAsync(stopping);
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            LogPurgeFailed(typeof(TDbContext).Name, exception.Message);
        }
    }

    static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(30);

    static TimeSpan Backoff(int failures, MessagingOptions settings)
    {
        var doubled = settings.RelayPollInterval * Math.Pow(2, Math.Min(failures - 1, 16));
        return doubled < settings.MaxRelayBackoff ? doubled : settings.MaxRelayBackoff;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay of {DbContext} failed ({Failures} in a row), retrying in {Backoff}: {Reason}")]
    partial void LogRelayFailed(string dbContext, int failures, TimeSpan backoff, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay of {DbContext} publishes again after {Failures} failures")]
    partial void LogRelayRecovered(string dbContext, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay of {DbContext} starts although the bus is not ready after {Wait}")]
    partial void LogBusNotReady(string dbContext, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox purge of {DbContext} failed: {Reason}")]
    partial void LogPurgeFailed(string dbContext, string reason);
}
