namespace Platform.AppHost.Infrastructure;

public static class RedisBuilderExtensions
{
    /// <summary>ConnectionStrings:redis when given, else Debian's redis-server with its data under <paramref name="dataFolder"/>.</summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRedis(this IDistributedApplicationBuilder builder,
        string name, string dataFolder, int? port, bool durable)
    {
        var healthCheck = $"{name}_check";
        string? connectionString = builder.GivenConnectionString(name);
        builder.Services.AddHealthChecks().AddRedis(_ => connectionString!, name: healthCheck);
        if (connectionString is not null)
            return builder.AddExternalServer(name, connectionString).WithHealthCheck(healthCheck);

        var folder = Path.Combine(dataFolder, "redis");
        var redis = builder.AddResource(new RedisServerResource(name, dataFolder))
            .WithServerEndpoint(port)
            .WithArgs(context =>
            {
                var self = (RedisServerResource)context.Resource;
                context.Args.Append(["--port", self.Endpoint.Property(EndpointProperty.TargetPort), "--bind", "127.0.0.1", "--dir", folder,
                    "--appendonly", "no", "--daemonize", "no", "--set-proc-title", "no"]);
                if (!durable)
                    context.Args.Append("--save", "");
            })
            .OnBeforeResourceStarted((_, _, _) =>
            {
                Directory.CreateDirectory(folder);
                return Task.CompletedTask;
            })
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .WithHealthCheck(healthCheck);
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(redis.Resource);
    }
}
