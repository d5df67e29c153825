namespace Platform.AppHost;

public sealed record PlatformOptions
{
    public const string RunTagVariable = "PLATFORM_APPHOST_RUN";

    /// <summary>Folder for infrastructure data and logs.</summary>
    public required string DataPath { get; init; }

    public bool DeleteDataOnStop { get; init; }

    /// <summary>False for throw-away test data: fsync off, no snapshots, brokers killed rather than drained.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Where the resource table, state changes and prefixed child output go; null keeps the console quiet.</summary>
    public TextWriter? Console { get; init; }

    /// <summary>Echo each child's output to <see cref="Console"/> with a [name] prefix (it always goes to the log files).</summary>
    public bool EchoChildOutput { get; init; }

    /// <summary>0 picks a free port.</summary>
    public int PostgresPort { get; init; }
    public int RedisPort { get; init; }
    public int RabbitMqPort { get; init; }
    public int RabbitMqManagementPort { get; init; }
    public int SmtpPort { get; init; }

    /// <summary>Fixed ports for projects by resource name (gateway, auth, ...); missing ones are free ports.</summary>
    public IReadOnlyDictionary<string, int> ProjectPorts { get; init; } = new Dictionary<string, int>();

    /// <summary>postgres (server level), redis, rabbitmq, smtp: a given one is used instead of starting it.</summary>
    public IReadOnlyDictionary<string, string> ExternalConnectionStrings { get; init; } = new Dictionary<string, string>();

    public bool IncludeProjects { get; init; } = true;

    /// <summary>Only these resources (by name) when set; what they wait for must be included too.</summary>
    public IReadOnlyCollection<string>? Include { get; init; }

    /// <summary>The PLATFORM_APPHOST_RUN value children carry; null makes a new one.</summary>
    public string? RunTag { get; init; }

    /// <summary>Appended to every database name so that several platforms can share one external server.</summary>
    public string DatabaseNameSuffix { get; init; } = "";

    /// <summary>Where services send telemetry instead of the dashboard's receiver (any OTLP backend).</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>The AppHost's dashboard and OTLP receiver; null runs without them.</summary>
    public Dashboard.DashboardOptions? Dashboard { get; init; }

    /// <summary>ASPNETCORE_ENVIRONMENT and DOTNET_ENVIRONMENT of projects; null leaves them unset.</summary>
    public string? EnvironmentName { get; init; }

    public bool EnableRabbitMqManagement { get; init; } = true;

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Extra environment for projects, e.g. settings a test needs.</summary>
    public IReadOnlyDictionary<string, string?> ProjectEnvironment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The platform admin Auth creates at start.</summary>
    public string AdminEmail { get; init; } = AdminAccount.DefaultEmail;

    /// <summary>Null: generated once and kept in &lt;data&gt;/admin-password.</summary>
    public string? AdminPassword { get; init; }

    public static PlatformOptions ForTests(string? dataPath = null) => new()
    {
        DataPath = dataPath ?? Path.Combine(Path.GetTempPath(), "platform-test-" + Guid.NewGuid().ToString("N")[..12]),
        DeleteDataOnStop = true,
        Durable = false,
        EnableRabbitMqManagement = true,
        AdminPassword = AdminAccount.NewPassword(),
    };

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataPath))
            throw new ArgumentException("PlatformOptions.DataPath is required.", nameof(DataPath));
        foreach (var (name, port) in new[] { ("PostgresPort", PostgresPort), ("RedisPort", RedisPort), ("RabbitMqPort", RabbitMqPort), ("RabbitMqManagementPort", RabbitMqManagementPort), ("SmtpPort", SmtpPort) }
                     .Concat(ProjectPorts.Select(p => ($"ProjectPorts[{p.Key}]", p.Value))))
        {
            if (port is < 0 or > 65535)
                throw new ArgumentOutOfRangeException(name, port, $"PlatformOptions.{name} must be 0 (free port) or a TCP port.");
        }
    }
}
