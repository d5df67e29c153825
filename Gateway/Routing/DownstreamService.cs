namespace Platform.Gateway.Routing;

// A service behind the gateway: its Aspire resource name, its address and the path prefixes it owns.
public sealed record DownstreamService(string Name, Uri Address, IReadOnlyList<string> PathPrefixes)
{
    public string OpenApiPath => $"/openapi/{Name}.json";
}
