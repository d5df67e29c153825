namespace Platform.AppHost.Infrastructure;

public static class ExternalServerExtensions
{
    /// <summary>A server the user runs: nothing to start, so it is Running at once and its health check says the rest.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddExternalServer(this IDistributedApplicationBuilder builder, string name, string connectionString)
    {
        var external = builder.AddResource(new ExternalServerResource(name, connectionString))
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "External server", Properties = [] })
            .OnInitializeResource((resource, @event, _) => @event.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.Running }));
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(external.Resource);
    }

    /// <summary>The connection string a user gives for <paramref name="name"/>, if any.</summary>
    public static string? GivenConnectionString(this IDistributedApplicationBuilder builder, string name) =>
        builder.Configuration.GetConnectionString(name) is { Length: > 0 } given ? given : null;
}
