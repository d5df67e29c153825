using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Platform.Gateway.Routing;

namespace Platform.Gateway.Health;

// The gateway is only as ready as the services behind it: asks one service's own /health.
public sealed class DownstreamServiceHealthCheck(
    DownstreamService service,
    [FromKeyedServices(DownstreamServiceHealthCheck.HttpClientName)] HttpClient client,
    IOptions<GatewayOptions> options) : IHealthCheck
{
    public const string HttpClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DownstreamHealthTimeout);
        try
        {
            using var response = await client.GetAsync(new Uri(service.Address, "/health"), timeout.Token);
            if (response.IsSuccessStatusCode)
                return HealthCheckResult.Healthy($"{service.Name} is healthy");
            var failing = await DownstreamHealthReport.FailingChecksAsync(response, timeout.Token);
            return HealthCheckResult.Unhealthy(failing.Count == 0
                ? $"{service.Name} answered {(int)response.StatusCode}"
                : $"{service.Name} answered {(int)response.StatusCode}: {string.Join(", ", failing)} not healthy");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{service.Name} did not answer within {options.Value.DownstreamHealthTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException exception)
        {
            return HealthCheckResult.Unhealthy($"{service.Name} is unreachable: {exception.Message}");
        }
    }
}
