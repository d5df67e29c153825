namespace Platform.AppHost.Platform;

public static class ServiceProjects
{
    /// <summary>One of our services on an http endpoint (a fixed port when given, else a free one), healthy when its /health says so.</summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .RunsBuiltAssembly()
            .WithHttpEndpoint(port: port is 0 ? null : port, name: "http")
            .WithHttpHealthCheck("/health")
            // `run` and the tests are development: a deployment brings its own settings.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithEnvironment("MASSTRANSIT_USAGE_TELEMETRY", "false");

    /// <summary>
    /// Several processes of one service behind its endpoint's proxy, which hands each connection to one of them (Aspire's
    /// WithReplicas); 1 leaves the resource as it was.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReplicasOf(this IResourceBuilder<ProjectResource> service, int replicas) =>
        replicas > 1 ? service.WithReplicas(replicas) : service;

    /// <summary>Aspire's WithReference and WaitFor together: the service gets the connection string and starts once it is healthy.</summary>
    public static IResourceBuilder<ProjectResource> Uses(this IResourceBuilder<ProjectResource> service, params IResourceBuilder<IResourceWithConnectionString>[] resources)
    {
        foreach (var resource in resources)
            service.WithReference(resource).WaitFor(resource);
        return service;
    }

    /// <summary>
    /// Tokens name the gateway as issuer, and every service checks them against Auth's keys (read lazily,
    /// so nobody waits for Auth to start).
    /// </summary>
    public static IResourceBuilder<ProjectResource> TrustsTokensOf(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> auth, IResourceBuilder<ProjectResource> gateway) =>
        service.WithEnvironment("services__auth__http__0", auth.GetEndpoint("http"))
            .WithEnvironment("Platform__PublicBaseUrl", gateway.GetEndpoint("http"));
}
