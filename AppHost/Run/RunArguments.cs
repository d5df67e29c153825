using Microsoft.Extensions.Configuration;

namespace Platform.AppHost;

/// <summary>`run` options from the command line and the environment (ConnectionStrings__postgres and friends).</summary>
internal static class RunArguments
{
    public const int GatewayPort = 5080;

    private static readonly string[] Projects = ["auth", "events", "bookings", "payments", "notifications", "gateway"];

    public static (PlatformOptions Options, bool Fresh) Parse(string[] args, TextWriter console)
    {
        var fresh = args.Contains("--fresh");
        var config = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a != "--fresh").ToArray())
            .Build();

        int Port(string key, int fallback)
        {
            var value = config[key];
            if (value is null)
                return fallback;
            return int.TryParse(value, out var port) && port is >= 0 and <= 65535
                ? port
                : throw new PrerequisiteException($"--{key} must be a TCP port (0 for a free one), not '{value}'.");
        }

        var external = new Dictionary<string, string>();
        foreach (var name in new[] { "postgres", "redis", "rabbitmq", "smtp" })
        {
            if (config.GetConnectionString(name) is { Length: > 0 } given)
                external[name] = given;
        }
        var projectPorts = Projects.ToDictionary(p => p, p => Port($"{p}-port", p == "gateway" ? GatewayPort : 0));

        var options = new PlatformOptions
        {
            DataPath = config["data"] ?? Path.Combine(RepositoryLayout.Root, ".data"),
            Durable = true,
            Console = console,
            EchoChildOutput = true,
            PostgresPort = Port("postgres-port", 55432),
            RedisPort = Port("redis-port", 56379),
            RabbitMqPort = Port("rabbitmq-port", 55672),
            RabbitMqManagementPort = Port("rabbitmq-management-port", 55673),
            SmtpPort = Port("smtp-port", 55025),
            ProjectPorts = projectPorts,
            ExternalConnectionStrings = external,
            OtlpEndpoint = config["otlp-endpoint"] ?? config["OTEL_EXPORTER_OTLP_ENDPOINT"],
            EnvironmentName = "Development",
            RunTag = config[PlatformOptions.RunTagVariable],
        };
        return (options, fresh);
    }
}
