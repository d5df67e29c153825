using Bookings.Service.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Scheduling;

// The due_messages table, written in the caller's transaction.
public sealed class DueMessages(BookingsDbContext db, TimeProvider timeProvider)
{
    // Placement's hold expiry, due even while the broker is down: written with the hold it expires.
    public Guid Schedule<T>(T message, DateTimeOffset dueAt) where T : class
    {
        var tokenId = NewId.NextGuid();
        db.Add(new DueMessage
        {
            TokenId = tokenId,
            DueAt = dueAt,
            MessageType = OutboxMessageFormat.TypeName(message.GetType()),
            Body = OutboxMessageFormat.Serialize(message),
            CreatedAt = timeProvider.GetUtcNow(),
        });
        return tokenId;
    }

    // A ScheduleMessage delivered twice stores one row.
    public Task<int> StoreOnceAsync(Guid tokenId, DateTimeOffset dueAt, Type messageType, string body, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO due_messages (token_id, due_at, message_type, body, created_at, attempts)
            VALUES ({tokenId}, {dueAt}, {OutboxMessageFormat.TypeName(messageType)}, {body}, {timeProvider.GetUtcNow()}, 0)
            ON CONFLICT (token_id) DO NOTHING
            """, cancellationToken);

    public Task<int> DeleteAsync(Guid tokenId, CancellationToken cancellationToken) =>
        db.Set<DueMessage>().Where(m => m.TokenId == tokenId).ExecuteDeleteAsync(cancellationToken);
}
