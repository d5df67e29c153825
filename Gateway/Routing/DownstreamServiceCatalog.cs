namespace Platform.Gateway.Routing;

// The services the gateway fronts, with addresses read from Aspire's `services:<name>:http:0` keys.
public static class DownstreamServiceCatalog
{
    private static readonly (string Name, string[] PathPrefixes)[] Areas =
    [
        ("auth", ["/api/auth", "/api/organizations", "/api/admin", "/connect", "/.well-known"]),
        ("events", ["/api/events"]),
        ("bookings", ["/api/bookings"]),
        ("payments", ["/api/payments"]),
        ("notifications", ["/api/notifications"]),
    ];

    public static IReadOnlyList<string> Names { get; } = Areas.Select(area => area.Name).ToArray();

    public static string EnvironmentVariableFor(string name) => $"services__{name}__http__0";

    public static IReadOnlyList<DownstreamService> ReadFrom(IConfiguration configuration)
    {
        var services = new List<DownstreamService>();
        var problems = new List<string>();
        foreach (var (name, prefixes) in Areas)
        {
            var value = configuration[$"services:{name}:http:0"];
            if (string.IsNullOrWhiteSpace(value))
                problems.Add($"{EnvironmentVariableFor(name)} is not set");
            else if (!Uri.TryCreate(value, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
                problems.Add($"{EnvironmentVariableFor(name)}='{value}' is not an http(s) URL");
            else
                services.Add(new DownstreamService(name, address, prefixes));
        }

        if (problems.Count > 0)
            throw new InvalidOperationException(
                $"Gateway cannot start: {string.Join("; ", problems)}. Set each to the service's base URL, e.g. http://127.0.0.1:5101.");
        return services;
    }
}
