using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bookings.Service.Ordering.WarmUp;

public sealed class PlacementWarmUpCheck(PlacementWarmUp warmUp) : IHealthCheck
{
    public const string Name = "placement-warm-up";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.Done
            ? HealthCheckResult.Healthy("The placement path is warm.")
            : HealthCheckResult.Unhealthy("Rehearsing placements before the first buyers arrive."));
}
