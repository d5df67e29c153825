using System.Data.Common;
using Bookings.Service.Infrastructure;
using Bookings.Service.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Platform.Contracts.Bookings;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Inventory;

// Sends each changed counter's current numbers to Events through the outbox, at most once per interval,
// so a hot drop of thousands of holds becomes a few messages. Instances share the work with SKIP LOCKED.
public sealed class SeatAvailabilityPublisher(
    IServiceScopeFactory scopes,
    IOptions<BookingsOptions> options,
    TimeProvider time,
    ILogger<SeatAvailabilityPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await PublishBatchAsync(stoppingToken) == options.Value.AvailabilityBatchSize)
                {
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Publishing seat availability failed; trying again at the next interval");
            }
            try
            {
                await Task.Delay(options.Value.AvailabilityPublishInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingsDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await ChangedCountersAsync(db, transaction, cancellationToken);
            if (changed.Count == 0)
                return 0;
            var now = time.GetUtcNow();
            foreach (var c in changed)
            {
                outbox.Add(new SeatAvailabilityChanged(c.EventId, c.OccurrenceId, c.TicketTypeId, c.Capacity, c.Held, c.Sold, c.Version, now));
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE seat_availability_publications SET published_version = {c.Version} WHERE occurrence_id = {c.OccurrenceId} AND ticket_type_id = {c.TicketTypeId}",
                    cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return changed.Count;
        });
    }

    // The counters are read from the snapshot, unlocked; only the publication rows are locked.
    async Task<List<InventoryCounter>> ChangedCountersAsync(BookingsDbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText =
            """
            SELECT c.occurrence_id, c.ticket_type_id, c.event_id, c.capacity, c.held, c.sold, c.version
            FROM seat_availability_publications AS p
            JOIN inventory_counters AS c ON c.occurrence_id = p.occurrence_id AND c.ticket_type_id = p.ticket_type_id
            WHERE c.version > p.published_version
            LIMIT @batch
            FOR UPDATE OF p SKIP LOCKED
            """;
        var batch = command.CreateParameter();
        batch.ParameterName = "batch";
        batch.Value = options.Value.AvailabilityBatchSize;
        command.Parameters.Add(batch);
        var counters = new List<InventoryCounter>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counters.Add(new InventoryCounter
            {
                OccurrenceId = reader.GetGuid(0),
                TicketTypeId = reader.GetGuid(1),
                EventId = reader.GetGuid(2),
                Capacity = reader.GetInt32(3),
                Held = reader.GetInt32(4),
                Sold = reader.GetInt32(5),
                Version = reader.GetInt64(6),
            });
        }
        return counters;
    }
}
