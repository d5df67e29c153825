using Microsoft.AspNetCore.Http;

namespace Platform.ServiceDefaults.Health;

public static class HealthEndpointPaths
{
    public const string Health = "/health";
    public const string Alive = "/alive";

    // Probes hit these every few seconds; tracing them would drown real traffic.
    public static bool IsHealthPath(PathString path) =>
        path.StartsWithSegments(Health) || path.StartsWithSegments(Alive);
}
