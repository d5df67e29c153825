namespace Platform.AppHost.Dashboard;

public sealed record EnvironmentVariableView(string Name, string Value);

/// <summary>One resource as the Resources tab shows it; secrets in its environment are masked.</summary>
public sealed record ResourceView(
    string Name,
    string Kind,
    string State,
    bool External,
    double? UptimeSeconds,
    int RestartCount,
    IReadOnlyList<string> Endpoints,
    IReadOnlyList<EnvironmentVariableView> Environment,
    bool CanRestart)
{
    public static ResourceView From(Resource resource, DateTimeOffset now) => new(
        resource.Name,
        resource.Kind,
        StateName(resource.State),
        resource.IsExternal,
        resource.RunningSince is { } since ? Math.Round((now - since).TotalSeconds) : null,
        resource is ProjectResource project ? project.RestartCount : 0,
        EndpointsOf(resource),
        EnvironmentOf(resource),
        resource is ProjectResource);

    /// <summary>The dashboard's words: Running means started and answering its health check.</summary>
    public static string StateName(ResourceState state) => state switch
    {
        ResourceState.NotStarted => "not started",
        ResourceState.Starting => "starting",
        ResourceState.Running => "healthy",
        ResourceState.Unhealthy => "unhealthy",
        ResourceState.Restarting => "restarting",
        _ => "exited",
    };

    private static List<string> EndpointsOf(Resource resource)
    {
        var endpoints = new List<string> { SecretMasking.MaskConnectionString(resource.Display) };
        if (resource is RabbitMqResource { ManagementUrl: { } management })
            endpoints.Add(management.ToString());
        return endpoints;
    }

    private static List<EnvironmentVariableView> EnvironmentOf(Resource resource) => resource switch
    {
        ProjectResource project => [.. project.LaunchEnvironment.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new EnvironmentVariableView(e.Key, SecretMasking.MaskValue(e.Key, e.Value)))],
        IResourceWithConnectionString server => [new("ConnectionString", SecretMasking.MaskConnectionString(server.ConnectionString))],
        _ => [],
    };
}
