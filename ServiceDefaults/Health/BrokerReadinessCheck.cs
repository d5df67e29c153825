using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Health;

// MassTransit calls a bus that lost RabbitMQ Degraded, and /health answers Degraded with 200, so nothing
// upstream knew. A service that can neither publish nor consume is not ready: short of Healthy is Unhealthy.
internal sealed class BrokerReadinessCheck(IHealthCheck bus) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await bus.CheckHealthAsync(context, cancellationToken);
        return result.Status == HealthStatus.Healthy
            ? result
            : HealthCheckResult.Unhealthy($"RabbitMQ is not reachable: {result.Description}", result.Exception, result.Data);
    }
}
