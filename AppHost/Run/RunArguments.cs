using Microsoft.Extensions.Configuration;

namespace Platform.AppHost;

/// <summary>`run` options from the command line and the environment (ConnectionStrings__postgres and friends).</summary>
internal static class RunArguments
{
    public const int GatewayPort = 5080;

    private static readonly string[] Projects = ["auth", "events", "bookings", "payments", "notifications", "gateway"];

    public const string Usage = """
        usage: ./platform.sh run [options]     (or: dotnet run --project AppHost -- [options])
          --fresh                          delete the data folder first and start from empty
          --data <folder>                  where data and logs live (default: .data in the checkout)
          --gateway-port <port>            default 5080
          --postgres-port <port>           default 55432
          --redis-port <port>              default 56379
          --rabbitmq-port <port>           default 55672
          --rabbitmq-management-port <port> default 55673
          --smtp-port <port>               default 55025
          --<service>-port <port>          auth, events, bookings, payments, notifications (default: free)
          --dashboard-port <port>          the dashboard (default 18888; its login link is printed at start)
          --dashboard-otlp-port <port>     the dashboard's OTLP/HTTP receiver (default 18890)
          --otlp-endpoint <url>            send the services' traces, metrics and logs there instead of the dashboard
        The platform admin is PLATFORM_ADMIN_EMAIL / PLATFORM_ADMIN_PASSWORD from the environment, else
        admin@ticketing.local with a generated password kept in <data>/admin-password (printed at start).
        Use a server you already run instead of a local one: ConnectionStrings__postgres (server level),
        ConnectionStrings__redis, ConnectionStrings__rabbitmq or ConnectionStrings__smtp in the environment.
        """;

    private static readonly string[] ValueOptions =
        ["data", "otlp-endpoint", "dashboard-port", "dashboard-otlp-port", "postgres-port", "redis-port", "rabbitmq-port", "rabbitmq-management-port", "smtp-port",
         .. Projects.Select(p => $"{p}-port")];

    public static bool WantsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "help");

    public static (PlatformOptions Options, bool Fresh) Parse(string[] args, TextWriter console)
    {
        RejectUnknownOptions(args);
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
            Dashboard = new Dashboard.DashboardOptions
            {
                Port = Port("dashboard-port", Dashboard.DashboardOptions.DefaultPort),
                OtlpPort = Port("dashboard-otlp-port", Dashboard.DashboardOptions.DefaultOtlpPort),
            },
            RunTag = config[PlatformOptions.RunTagVariable],
            AdminEmail = config["PLATFORM_ADMIN_EMAIL"] is { Length: > 0 } email ? email : AdminAccount.DefaultEmail,
            AdminPassword = config["PLATFORM_ADMIN_PASSWORD"] is { Length: > 0 } password ? password : null,
        };
        return (options, fresh);
    }

    private static void RejectUnknownOptions(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--fresh")
                continue;
            var name = arg.StartsWith("--") ? arg[2..].Split('=')[0] : null;
            if (name is null || !ValueOptions.Contains(name))
                throw new PrerequisiteException($"unknown option '{arg}' (./platform.sh run --help lists the options).");
            if (!arg.Contains('=') && ++i >= args.Length)
                throw new PrerequisiteException($"{arg} needs a value (./platform.sh run --help lists the options).");
        }
    }
}
