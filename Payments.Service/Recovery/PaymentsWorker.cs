using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Data;
using Payments.Service.Infrastructure;
using Payments.Service.Providers;
using Payments.Service.Refunds;

namespace Payments.Service.Recovery;

// One loop for the background work: due refunds and payments a crash left in Processing.
public sealed class PaymentsWorker(
    IServiceScopeFactory scopes,
    RefundWakeUp wakeUp,
    MigrationStatus<PaymentsDbContext> migrations,
    IOptions<PaymentsOptions> options,
    TimeProvider time,
    ILogger<PaymentsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The tables exist only once the migrator is done.
        while (!migrations.Applied)
        {
            try
            {
                await Task.Delay(options.Value.WorkerPollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RefundProcessor>().RunOnceAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<StuckPaymentRecovery>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Payments background pass failed; trying again in {Interval}", options.Value.WorkerPollInterval);
            }

            try
            {
                await wakeUp.WaitAsync(options.Value.WorkerPollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
