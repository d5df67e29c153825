using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Notifications.Service.Model;

namespace Notifications.Service.Mail;

// Wakes the dispatcher once new notifications are committed (consumers save inside the inbox's
// transaction, so the rows are visible only after its commit).
public sealed class DeliveryWakeInterceptor(DeliveryWakeUp wakeUp) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    static readonly object Added = new();
    readonly ConditionalWeakTable<DbContext, object> contextsWithNewRows = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<Notification>().Any(entry => entry.State == EntityState.Added))
            contextsWithNewRows.AddOrUpdate(context, Added);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
            Wake(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
            contextsWithNewRows.Remove(eventData.Context);
        return Task.CompletedTask;
    }

    void Wake(DbContext? context)
    {
        if (context is not null && contextsWithNewRows.Remove(context))
            wakeUp.Signal();
    }
}
