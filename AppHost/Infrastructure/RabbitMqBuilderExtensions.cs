using RabbitMQ.Client;

namespace Platform.AppHost.Infrastructure;

public static class RabbitMqBuilderExtensions
{
    /// <summary>
    /// ConnectionStrings:rabbitmq when given, else a private RabbitMQ node: its own HOME (Erlang cookie),
    /// epmd (a resource of its own, so it stops with the app), ports and folders, so that it never meets
    /// another node on the machine.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRabbitMq(this IDistributedApplicationBuilder builder,
        string name, string dataFolder, int? port, int? managementPort)
    {
        var healthCheck = $"{name}_check";
        string? connectionString = builder.GivenConnectionString(name);
        IConnection? connection = null;
        // Created once: the client recovers the connection by itself when the broker comes back.
        builder.Services.AddHealthChecks().AddRabbitMQ(async _ =>
            connection ??= await new ConnectionFactory { Uri = new Uri(connectionString!) }.CreateConnectionAsync(), name: healthCheck);
        if (connectionString is not null)
            return builder.AddExternalServer(name, connectionString).WithHealthCheck(healthCheck);

        var root = Path.Combine(dataFolder, name);
        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", root)
            .WithServerEndpoint(null)
            .WithArgs(context => context.Args.Append(["-port", ((ExecutableResource)context.Resource).GetEndpoint(ServerEndpoints.Tcp).Property(EndpointProperty.TargetPort), "-address", "127.0.0.1"]))
            .ExcludeFromManifest();
        var epmdPort = epmd.GetEndpoint(ServerEndpoints.Tcp).Property(EndpointProperty.TargetPort);

        var rabbitmq = builder.AddResource(new RabbitMqServerResource(name, root))
            .WithServerEndpoint(port)
            .WithServerEndpoint(managementPort, RabbitMqServerResource.ManagementEndpointName, "http")
            .WithServerEndpoint(null, RabbitMqServerResource.DistributionEndpointName)
            .WithEnvironment(context =>
            {
                var self = (RabbitMqServerResource)context.Resource;
                var amqp = self.Endpoint.Property(EndpointProperty.TargetPort);
                var management = self.Management.Property(EndpointProperty.TargetPort);
                var env = context.EnvironmentVariables;
                env["HOME"] = Path.Combine(root, "home");
                env["RABBITMQ_CONFIG_FILE"] = Path.Combine(root, "rabbitmq.conf");
                env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(root, "rabbitmq-env.conf");
                env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(root, "enabled_plugins");
                env["RABBITMQ_NODENAME"] = ReferenceExpression.Create($"platform{amqp}@localhost");
                env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                env["RABBITMQ_NODE_PORT"] = amqp;
                env["RABBITMQ_DIST_PORT"] = self.Distribution.Property(EndpointProperty.TargetPort);
                env["ERL_EPMD_PORT"] = epmdPort;
                env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                // Word-split by the start script, so the management listener's term holds no space.
                env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = ReferenceExpression.Create(
                    $"-kernel inet_dist_use_interface {{127,0,0,1}} -rabbitmq_management tcp_config [{{ip,\"127.0.0.1\"}},{{port,{management}}}]");
                env["RABBITMQ_MNESIA_BASE"] = Path.Combine(root, "mnesia");
                env["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log");
                env["RABBITMQ_PID_FILE"] = Path.Combine(root, "rabbitmq.pid");
                env["RABBITMQ_LOGS"] = "-";
            })
            .OnBeforeResourceStarted((_, _, _) => WriteConfigurationAsync(root))
            .OnConnectionStringAvailable(async (resource, _, ct) => connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct))
            .WithUrlForEndpoint(RabbitMqServerResource.ManagementEndpointName, url => url.DisplayText = "Management UI (platform / platform)")
            .WithHealthCheck(healthCheck)
            .WaitFor(epmd);
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(rabbitmq.Resource);
    }

    private static async Task WriteConfigurationAsync(string root)
    {
        foreach (var folder in new[] { "home", "log", "mnesia" })
            Directory.CreateDirectory(Path.Combine(root, folder));
        await File.WriteAllTextAsync(Path.Combine(root, "rabbitmq.conf"), $"""
            default_user = {RabbitMqServerResource.UserName}
            default_pass = {RabbitMqServerResource.Password}
            loopback_users = none

            """);
        await File.WriteAllTextAsync(Path.Combine(root, "rabbitmq-env.conf"), "");
        await File.WriteAllTextAsync(Path.Combine(root, "enabled_plugins"), "[rabbitmq_management].\n");
    }
}
