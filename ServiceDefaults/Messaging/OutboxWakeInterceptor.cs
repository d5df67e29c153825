using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.ServiceDefaults.Messaging;

// Wakes the relay once outbox rows are committed: after SaveChanges without a transaction of the
// caller's, or after the caller's transaction commits (before that the relay could not see the rows).
internal sealed class OutboxWakeInterceptor<TDbContext>(OutboxWakeUp<TDbContext> wakeUp) : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TDbContext : DbContext
{
    static readonly object Pending = new();
    readonly ConditionalWeakTable<DbContext, object> contextsWithUncommittedRows = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void Remember(DbContext? context)
    {
        if (context is TDbContext && context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added))
            contextsWithUncommittedRows.AddOrUpdate(context, Pending);
    }

    void WakeIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Wake(context);
    }

    void Wake(DbContext? context)
    {
        if (context is not null && contextsWithUncommittedRows.Remove(context))
            wakeUp.Signal();
    }

    void Forget(DbContext? context)
    {
        if (context is not null)
            contextsWithUncommittedRows.Remove(context);
    }
}
