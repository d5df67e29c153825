using Platform.AppHost.Telemetry;

namespace Platform.AppHost.Dashboard;

/// <summary>The AppHost's dashboard (resources, console and structured logs, traces, metrics) and its OTLP receiver.</summary>
public sealed record DashboardOptions
{
    public const int DefaultPort = 18888;
    public const int DefaultOtlpPort = 18890;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>The OTLP/HTTP receiver's port; 0 picks a free port.</summary>
    public int OtlpPort { get; init; }

    /// <summary>The login token; null makes a random one for this run.</summary>
    public string? Token { get; init; }

    public TelemetryLimits Limits { get; init; } = new();

    /// <summary>How often RabbitMQ's queue depths are sampled from its management API.</summary>
    public TimeSpan QueueSampleInterval { get; init; } = TimeSpan.FromSeconds(5);
}
