using Bookings.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bookings.Service.WaitingList;

// A customer leaving the line. An offered entry gives its held seats back in the same transaction,
// so the next in line gets them at the worker's next pass.
public sealed class WaitingListLeaving(BookingsDbContext db, TimeProvider time)
{
    public enum Outcome
    {
        Left,
        NotFound,
        AlreadyEnded,
    }

    public async Task<Outcome> LeaveAsync(Guid entryId, Guid? customerId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<WaitingListEntry>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == entryId && e.CustomerId == customerId, cancellationToken);
        if (entry is null)
            return Outcome.NotFound;
        if (entry.Status == WaitingListStatus.Left)
            return Outcome.Left;

        var now = WaitingListClock.Now(time);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var leftOffer = await db.Database.ExecuteSqlAsync(
                $"UPDATE waiting_list_entries SET status = 'Left', updated_at = {now} WHERE id = {entryId} AND status = 'Offered'",
                cancellationToken);
            if (leftOffer == 1)
                await WaitingListSeats.ReleaseAsync(db, entry, cancellationToken);
            else if (await db.Database.ExecuteSqlAsync(
                         $"UPDATE waiting_list_entries SET status = 'Left', updated_at = {now} WHERE id = {entryId} AND status = 'Waiting'",
                         cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return Outcome.AlreadyEnded;
            }
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Left;
        });
    }
}
