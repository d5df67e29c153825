using Yarp.ReverseProxy.Configuration;

namespace Platform.Gateway.Routing;

// The explicit route table: each area's paths go unchanged to the service that owns them,
// and /openapi/<service>.json is that service's /openapi/v1.json.
public static class GatewayRoutes
{
    private const string CatchAll = "{**remainder}";

    public static IReadOnlyList<RouteConfig> RoutesFor(IEnumerable<DownstreamService> services) =>
        services.SelectMany(service => service.PathPrefixes
                .Select(prefix => new RouteConfig
                {
                    RouteId = $"{service.Name}{prefix.Replace('/', '-')}",
                    ClusterId = service.Name,
                    Match = new RouteMatch { Path = $"{prefix}/{CatchAll}" },
                })
                .Append(new RouteConfig
                {
                    RouteId = $"{service.Name}-openapi",
                    ClusterId = service.Name,
                    Match = new RouteMatch { Path = service.OpenApiPath, Methods = ["GET", "HEAD"] },
                    Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
                }))
            .ToArray();

    public static IReadOnlyList<ClusterConfig> ClustersFor(IEnumerable<DownstreamService> services) =>
        services.Select(service => new ClusterConfig
            {
                ClusterId = service.Name,
                Destinations = new Dictionary<string, DestinationConfig>
                {
                    [$"{service.Name}-0"] = new() { Address = service.Address.ToString() },
                },
            })
            .ToArray();
}
