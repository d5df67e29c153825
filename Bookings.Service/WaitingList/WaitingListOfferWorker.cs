using Bookings.Service.Infrastructure;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Data;

namespace Bookings.Service.WaitingList;

// Polls rather than listens: seats come back through expiry, failure, cancellation, an offer that
// lapsed or was left, and a capacity raise, and every one of them shows in the counters. Lapses run
// first so their seats are offered in the same pass.
public sealed partial class WaitingListOfferWorker(
    IServiceScopeFactory scopes,
    MigrationStatus<BookingsDbContext> migrations,
    IOptions<WaitingListOptions> options,
    TimeProvider timeProvider,
    ILogger<WaitingListOfferWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            if (migrations.Applied)
                await PassAsync(stopping);
            try
            {
                await Task.Delay(options.Value.PollInterval, timeProvider, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
        }
    }

    async Task PassAsync(CancellationToken stopping)
    {
        var batch = options.Value.BatchSize;
        try
        {
            for (var lapsed = 0; lapsed < batch && await StepAsync((offers, token) => offers.LapseNextAsync(token), stopping); lapsed++)
            {
            }
            await using var scope = scopes.CreateAsyncScope();
            var counters = await scope.ServiceProvider.GetRequiredService<WaitingListOffers>().CountersToServeAsync(stopping);
            foreach (var (occurrenceId, ticketTypeId) in counters)
            {
                for (var offered = 0; offered < batch && await StepAsync((offers, token) => offers.OfferNextAsync(occurrenceId, ticketTypeId, token), stopping); offered++)
                {
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested)
        {
            LogPassFailed(exception.Message);
        }
    }

    // A fresh scope per step: each step's DbContext sees only its own transaction.
    async Task<bool> StepAsync(Func<WaitingListOffers, CancellationToken, Task<bool>> step, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await step(scope.ServiceProvider.GetRequiredService<WaitingListOffers>(), stopping);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting-list pass failed, trying again at the next poll: {Reason}")]
    partial void LogPassFailed(string reason);
}
