using Auth.Service.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Auth.Service.Organizations;

// Membership changes that must keep at least one owner run one at a time per organization:
// two owners demoting each other at once would otherwise leave none.
public static class OrganizationLock
{
    public static Task<T> InLockedOrganizationAsync<T>(this AuthDbContext db, Guid organizationId, Func<Task<T>> change, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM organizations WHERE id = {organizationId} FOR UPDATE", cancellationToken);
            var result = await change();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
    }
}
