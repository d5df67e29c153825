using Bookings.Service.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Bookings.Service.Saga.Scheduling;

// Schedules and unschedules messages in the caller's transaction: a transition that rolls back
// neither schedules nor unschedules anything.
public sealed class DueMessages(BookingsDbContext db, TimeProvider timeProvider)
{
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

    public async Task UnscheduleAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.Entries<DueMessage>().FirstOrDefault(e => e.Entity.TokenId == tokenId) is { State: EntityState.Added } added)
        {
            added.State = EntityState.Detached;
            return;
        }
        await db.Set<DueMessage>().Where(m => m.TokenId == tokenId).ExecuteDeleteAsync(cancellationToken);
    }
}
