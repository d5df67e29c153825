using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>Where a test platform's Aspire dashboard listens, and the token its login link carries.</summary>
public sealed record TestDashboard(Uri Url, string Token)
{
    public Uri LoginUrl => new(Url, $"/login?t={Token}");

    internal string[] Arguments { get; private init; } = [];

    internal static TestDashboard Choose()
    {
        var (ui, otlp, resources) = (FreePort(), FreePort(), FreePort());
        var token = Guid.NewGuid().ToString("N");
        return new TestDashboard(new Uri($"http://127.0.0.1:{ui}"), token)
        {
            Arguments =
            [
                $"--ASPNETCORE_URLS=http://127.0.0.1:{ui}",
                $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{otlp}",
                $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{resources}",
                "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
                $"--AppHost:BrowserToken={token}",
            ],
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
