using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Gateway.Routing;
using Platform.ServiceDefaults.Health;

namespace Platform.Gateway.Health;

public static class DownstreamHealthCheckExtensions
{
    // One check per service, named after it, so the gateway's /health lists each one.
    public static IHealthChecksBuilder AddDownstreamServiceChecks(
        this IHealthChecksBuilder checks, IEnumerable<DownstreamService> services)
    {
        // A plain client, not one from the factory: the platform's default retries would turn a 503 into a timeout.
        checks.Services.AddKeyedSingleton(DownstreamServiceHealthCheck.HttpClientName, (_, _) => new HttpClient());
        foreach (var service in services)
            checks.Add(new HealthCheckRegistration(
                service.Name,
                provider => ActivatorUtilities.CreateInstance<DownstreamServiceHealthCheck>(provider, service),
                HealthStatus.Unhealthy,
                [HealthTags.Ready]));
        return checks;
    }
}
