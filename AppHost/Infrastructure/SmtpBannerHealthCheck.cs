using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.AppHost.Infrastructure;

/// <summary>Healthy when the server greets with SMTP's 220: an open port alone could be anything.</summary>
internal sealed class SmtpBannerHealthCheck(Func<string?> connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (connectionString() is not { } given)
            return HealthCheckResult.Unhealthy("no connection string yet");
        var uri = new Uri(given);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var client = new TcpClient();
            await client.ConnectAsync(uri.Host, uri.Port > 0 ? uri.Port : 25, timeout.Token);
            var buffer = new byte[256];
            var read = await client.GetStream().ReadAsync(buffer, timeout.Token);
            var banner = Encoding.ASCII.GetString(buffer, 0, read);
            return banner.StartsWith("220") ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"unexpected greeting: {banner.Trim()}");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
