using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>Where a test platform's Aspire dashboard listens, and the token its login link carries.</summary>
public sealed record TestDashboard(Uri Url, string Token)
{
    public const string ResourceName = "aspire-dashboard";

    public Uri LoginUrl => new(Url, $"/login?t={Token}");

    /// <summary>
    /// The AppHost's settings for a dashboard with a known token. Its ports are Aspire's to choose
    /// (Aspire.Hosting.Testing randomises them), so the address is read from the running app.
    /// </summary>
    internal static string[] Arguments(string token) =>
    [
        $"--ASPNETCORE_URLS=http://127.0.0.1:{FreePort()}",
        $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePort()}",
        $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{FreePort()}",
        "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
        $"--ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN={token}",
    ];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
