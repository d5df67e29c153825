namespace Platform.AppHost.Platform;

/// <summary>
/// `run`'s knobs (configuration section Platform, e.g. --Platform:Ports:Gateway=5081). The ports are the
/// README's; tests give none and get free ones.
/// </summary>
public sealed record PlatformSettings
{
    public string? DataFolder { get; init; }

    /// <summary>False only for throw-away data (tests): PostgreSQL without fsync, Redis without snapshots.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Appended to every database name, so several platforms can share one external server.</summary>
    public string DatabaseSuffix { get; init; } = "";

    public PlatformPorts Ports { get; init; } = new();

    public PlatformReplicas Replicas { get; init; } = new();

    public static PlatformSettings From(IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Platform").Get<PlatformSettings>() ?? new PlatformSettings();
        settings.Replicas.Validate();
        // The checkout's .data, beside the AppHost's folder.
        return settings with { DataFolder = Path.GetFullPath(settings.DataFolder ?? Path.Combine(builder.AppHostDirectory, "..", ".data")) };
    }
}

/// <summary>0 lets Aspire pick a free port.</summary>
public sealed record PlatformPorts
{
    public int? Gateway { get; init; } = 5080;
    public int? Postgres { get; init; } = 55432;
    public int? Redis { get; init; } = 56379;
    public int? RabbitMq { get; init; } = 55672;
    public int? RabbitMqManagement { get; init; } = 55673;
    public int? Smtp { get; init; } = 55025;
}

/// <summary>
/// How many processes run a service (--Platform:Replicas:Bookings=2). Aspire's proxy on the service's endpoint
/// hands each connection to one of them; background work is shared through the database.
/// </summary>
public sealed record PlatformReplicas
{
    public int Bookings { get; init; } = 1;
    public int Payments { get; init; } = 1;

    public void Validate()
    {
        foreach (var (name, count) in new[] { (nameof(Bookings), Bookings), (nameof(Payments), Payments) })
        {
            if (count is < 1 or > 8)
                throw new InvalidOperationException($"Platform:Replicas:{name} is {count}; give a number from 1 to 8.");
        }
    }
}
