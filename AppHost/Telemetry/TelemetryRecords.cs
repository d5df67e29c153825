namespace Platform.AppHost.Telemetry;

public enum SpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}

public sealed record SpanEvent(string Name, DateTimeOffset Time, IReadOnlyList<KeyValuePair<string, string>> Attributes);

/// <summary>One span as received over OTLP, with the sending service taken from its resource.</summary>
public sealed record TelemetrySpan(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Service,
    string Scope,
    string Name,
    SpanKind Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsError,
    string? StatusMessage,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<SpanEvent> Events)
{
    public TimeSpan Duration => End > Start ? End - Start : TimeSpan.Zero;

    public string? Attribute(string key) => Attributes.FirstOrDefault(a => a.Key == key).Value;
}

/// <summary>One structured log record as received over OTLP.</summary>
public sealed record TelemetryLogRecord(
    long Sequence,
    DateTimeOffset Time,
    string Service,
    string Category,
    int SeverityNumber,
    string Level,
    string Message,
    string? TraceId,
    string? SpanId,
    IReadOnlyList<KeyValuePair<string, string>> Attributes);

/// <summary>The latest value of one metric stream (sum, gauge, or a histogram's count and sum) of one service.</summary>
public sealed record TelemetryMetricValue(string Service, string Name, string Unit, string Kind, DateTimeOffset Time, double Value, double? Sum);
