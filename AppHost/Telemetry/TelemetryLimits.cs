namespace Platform.AppHost.Telemetry;

/// <summary>How much telemetry the AppHost keeps in memory and accepts per request; the oldest is evicted first.</summary>
public sealed record TelemetryLimits
{
    public int MaxSpans { get; init; } = 20_000;

    public int MaxTraces { get; init; } = 2_000;

    public int MaxLogRecords { get; init; } = 20_000;

    public int MaxMetricValues { get; init; } = 2_000;

    /// <summary>Per OTLP request, compressed and decompressed alike; larger bodies answer 413.</summary>
    public int MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    internal void Validate()
    {
        foreach (var (name, value) in new[] { ("MaxSpans", MaxSpans), ("MaxTraces", MaxTraces), ("MaxLogRecords", MaxLogRecords),
                     ("MaxMetricValues", MaxMetricValues), ("MaxRequestBodyBytes", MaxRequestBodyBytes) })
        {
            if (value < 1)
                throw new ArgumentOutOfRangeException(name, value, $"TelemetryLimits.{name} must be at least 1.");
        }
    }
}
