using System.Diagnostics;
using Bookings.Service.Infrastructure;
using Bookings.Service.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Data;

namespace Bookings.Service.Ordering.WarmUp;

// The first drop after a start ran at half the warm rate (bench/HotDrop --cold yes): Bookings spent 8.4 CPU s
// per 1,000 requests instead of 4.9, compiling what the first buyers ran. So before the service reports ready,
// it rehearses placements on a sale that exists only in memory: a refused one through BookingPlacement itself,
// and an accepted one (booking, lines, seat hold) in a transaction that is rolled back. Enough rehearsals run
// for the JIT to optimise that code, a few at a time so several pooled connections are opened too.
public sealed class PlacementRehearsal(
    IServiceScopeFactory scopes,
    MigrationStatus<BookingsDbContext> migrations,
    PlacementWarmUp warmUp,
    IOptions<BookingsOptions> options,
    TimeProvider time,
    ILogger<PlacementRehearsal> logger) : BackgroundService
{
    const int AtOnce = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!migrations.Applied)
            await Task.Delay(TimeSpan.FromMilliseconds(100), stoppingToken);
        var started = Stopwatch.GetTimestamp();
        var rehearsals = options.Value.WarmUpRehearsals;
        try
        {
            for (var done = 0; done < rehearsals; done += AtOnce)
                await Task.WhenAll(Enumerable.Range(0, Math.Min(AtOnce, rehearsals - done)).Select(_ => RehearseAsync(stoppingToken)));
            logger.LogInformation("Placement rehearsed {Rehearsals} times in {Elapsed:F0} ms; ready for a drop.",
                rehearsals, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A cold service still sells correctly: a failed rehearsal must not keep it from serving.
            logger.LogWarning(exception, "Rehearsing placements failed; ready without warming up.");
        }
        warmUp.Finish();
    }

    async Task RehearseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var sale = RehearsalSale.New(time.GetUtcNow());
        var key = $"rehearsal-{Guid.NewGuid():N}";

        // Refused: the occurrence is in no catalog, so the catalog and the Idempotency-Key are read.
        await services.GetRequiredService<BookingPlacement>().PlaceAsync(sale.Customer, key, sale.Order, cancellationToken);

        // Accepted, then rolled back: no counter exists for this occurrence, so the hold takes nothing.
        var db = services.GetRequiredService<BookingsDbContext>();
        var inventory = services.GetRequiredService<ISeatInventory>();
        var now = time.GetUtcNow();
        var booking = NewBooking.For(sale.Customer, sale.CustomerId, sale.Event, sale.Occurrence, [NewBooking.Line(sale.TicketType, 1)],
            coupon: null, holdOverride: null, key, sale.Order.Fingerprint(), now);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(booking);
            await db.SaveChangesAsync(cancellationToken);
            await inventory.TryHoldAsync(sale.Occurrence.Id, booking.Lines, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
        });
    }
}
