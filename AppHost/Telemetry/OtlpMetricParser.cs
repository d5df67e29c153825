namespace Platform.AppHost.Telemetry;

/// <summary>
/// ExportMetricsServiceRequest (opentelemetry/proto/collector/metrics/v1): the latest point of every
/// sum, gauge and histogram stream, summed over their attribute sets per metric.
/// </summary>
internal static class OtlpMetricParser
{
    /// <summary>Request: 1 resource_metrics; ResourceMetrics: 1 resource, 2 scope_metrics; ScopeMetrics: 2 metrics.</summary>
    public static List<TelemetryMetricValue> Parse(ReadOnlySpan<byte> body)
    {
        var values = new List<TelemetryMetricValue>();
        var reader = new ProtoReader(body);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field != 1 || type != WireType.LengthDelimited)
            {
                reader.Skip(type);
                continue;
            }
            var service = OtlpCommon.UnknownService;
            var first = values.Count;
            var resourceMetrics = new ProtoReader(reader.ReadBytes());
            while (!resourceMetrics.End)
            {
                var (f, t) = resourceMetrics.ReadTag();
                if (f == 1 && t == WireType.LengthDelimited)
                    service = OtlpCommon.ServiceName(OtlpCommon.ReadResource(resourceMetrics.ReadBytes()));
                else if (f == 2 && t == WireType.LengthDelimited)
                    ReadScopeMetrics(resourceMetrics.ReadBytes(), values);
                else
                    resourceMetrics.Skip(t);
            }
            for (var i = first; i < values.Count; i++)
                values[i] = values[i] with { Service = service };
        }
        return values;
    }

    private static void ReadScopeMetrics(ReadOnlySpan<byte> bytes, List<TelemetryMetricValue> values)
    {
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 2 && type == WireType.LengthDelimited)
            {
                if (ReadMetric(reader.ReadBytes()) is { } value)
                    values.Add(value);
            }
            else
                reader.Skip(type);
        }
    }

    /// <summary>Metric: 1 name, 3 unit, 5 gauge, 7 sum, 9 histogram (each holding data points in field 1).</summary>
    private static TelemetryMetricValue? ReadMetric(ReadOnlySpan<byte> bytes)
    {
        string name = "", unit = "", kind = "";
        double total = 0;
        double? sum = null;
        ulong latest = 0;
        var points = 0;
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (1, WireType.LengthDelimited): name = OtlpCommon.Truncate(reader.ReadString(), 200); break;
                case (3, WireType.LengthDelimited): unit = OtlpCommon.Truncate(reader.ReadString(), 50); break;
                case (5 or 7 or 9, WireType.LengthDelimited):
                    kind = field switch { 5 => "gauge", 7 => "sum", _ => "histogram" };
                    var data = new ProtoReader(reader.ReadBytes());
                    while (!data.End)
                    {
                        var (f, t) = data.ReadTag();
                        if (f != 1 || t != WireType.LengthDelimited)
                        {
                            data.Skip(t);
                            continue;
                        }
                        var point = field == 9 ? ReadHistogramPoint(data.ReadBytes()) : ReadNumberPoint(data.ReadBytes());
                        points++;
                        total += point.Value;
                        if (point.Sum is { } s)
                            sum = (sum ?? 0) + s;
                        latest = Math.Max(latest, point.Time);
                    }
                    break;
                default: reader.Skip(type); break;
            }
        }
        return points == 0 ? null : new TelemetryMetricValue(OtlpCommon.UnknownService, name, unit, kind, OtlpCommon.FromUnixNanos(latest), total, sum);
    }

    /// <summary>NumberDataPoint: 3 time (fixed64 ns), 4 as_double, 6 as_int (sfixed64).</summary>
    private static (ulong Time, double Value, double? Sum) ReadNumberPoint(ReadOnlySpan<byte> bytes)
    {
        ulong time = 0;
        double value = 0;
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (3, WireType.Fixed64): time = reader.ReadFixed64(); break;
                case (4, WireType.Fixed64): value = reader.ReadDouble(); break;
                case (6, WireType.Fixed64): value = (long)reader.ReadFixed64(); break;
                default: reader.Skip(type); break;
            }
        }
        return (time, value, null);
    }

    /// <summary>HistogramDataPoint: 3 time, 4 count (fixed64), 5 sum (double).</summary>
    private static (ulong Time, double Value, double? Sum) ReadHistogramPoint(ReadOnlySpan<byte> bytes)
    {
        ulong time = 0, count = 0;
        double? sum = null;
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (3, WireType.Fixed64): time = reader.ReadFixed64(); break;
                case (4, WireType.Fixed64): count = reader.ReadFixed64(); break;
                case (5, WireType.Fixed64): sum = reader.ReadDouble(); break;
                default: reader.Skip(type); break;
            }
        }
        return (time, count, sum);
    }
}
