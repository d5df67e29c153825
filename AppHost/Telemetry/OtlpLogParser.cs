namespace Platform.AppHost.Telemetry;

/// <summary>ExportLogsServiceRequest (opentelemetry/proto/collector/logs/v1) into log records.</summary>
internal static partial class OtlpLogParser
{
    /// <summary>Request: 1 resource_logs; ResourceLogs: 1 resource, 2 scope_logs; ScopeLogs: 1 scope, 2 log_records.</summary>
    public static List<TelemetryLogRecord> Parse(ReadOnlySpan<byte> body)
    {
        var records = new List<TelemetryLogRecord>();
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
            var first = records.Count;
            var resourceLogs = new ProtoReader(reader.ReadBytes());
            while (!resourceLogs.End)
            {
                var (f, t) = resourceLogs.ReadTag();
                if (f == 1 && t == WireType.LengthDelimited)
                    service = OtlpCommon.ServiceName(OtlpCommon.ReadResource(resourceLogs.ReadBytes()));
                else if (f == 2 && t == WireType.LengthDelimited)
                    ReadScopeLogs(resourceLogs.ReadBytes(), records);
                else
                    resourceLogs.Skip(t);
            }
            for (var i = first; i < records.Count; i++)
                records[i] = records[i] with { Service = service };
        }
        return records;
    }

    private static void ReadScopeLogs(ReadOnlySpan<byte> bytes, List<TelemetryLogRecord> records)
    {
        var scope = "";
        var first = records.Count;
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                scope = OtlpCommon.ReadScopeName(reader.ReadBytes());
            else if (field == 2 && type == WireType.LengthDelimited)
                records.Add(ReadLogRecord(reader.ReadBytes()));
            else
                reader.Skip(type);
        }
        for (var i = first; i < records.Count; i++)
        {
            if (records[i].Category.Length == 0)
                records[i] = records[i] with { Category = scope };
        }
    }

    /// <summary>
    /// LogRecord: 1 time (fixed64 ns), 11 observed time, 2 severity_number, 3 severity_text, 5 body,
    /// 6 attributes, 9 trace_id, 10 span_id.
    /// </summary>
    private static TelemetryLogRecord ReadLogRecord(ReadOnlySpan<byte> bytes)
    {
        ulong time = 0, observed = 0;
        var severity = 0;
        string severityText = "", body = "", traceId = "", spanId = "";
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (1, WireType.Fixed64): time = reader.ReadFixed64(); break;
                case (11, WireType.Fixed64): observed = reader.ReadFixed64(); break;
                case (2, WireType.Varint): severity = (int)Math.Min(reader.ReadVarint(), 24); break;
                case (3, WireType.LengthDelimited): severityText = OtlpCommon.Truncate(reader.ReadString(), 50); break;
                case (5, WireType.LengthDelimited): body = OtlpCommon.Truncate(OtlpCommon.ReadAnyValue(reader.ReadBytes()), OtlpTraceParser.MaxValueLength); break;
                case (6, WireType.LengthDelimited): attributes.Add(OtlpTraceParser.Bounded(OtlpCommon.ReadKeyValue(reader.ReadBytes()))); break;
                case (9, WireType.LengthDelimited): traceId = OtlpCommon.Hex(reader.ReadBytes()); break;
                case (10, WireType.LengthDelimited): spanId = OtlpCommon.Hex(reader.ReadBytes()); break;
                default: reader.Skip(type); break;
            }
        }
        return new TelemetryLogRecord(0, OtlpCommon.FromUnixNanos(time != 0 ? time : observed), OtlpCommon.UnknownService, "",
            severity, severity == 0 && severityText.Length > 0 ? severityText : LevelOf(severity), Render(body, attributes),
            traceId.Length > 0 ? traceId : null, spanId.Length > 0 ? spanId : null, attributes);
    }

    /// <summary>A message template ("Held {Seats} seats") with its placeholders filled from the record's attributes.</summary>
    private static string Render(string body, List<KeyValuePair<string, string>> attributes) =>
        body.Contains('{') && attributes.Count > 0
            ? Placeholder().Replace(body, m => attributes.FirstOrDefault(a => a.Key == m.Groups["name"].Value) is { Key: not null } found ? found.Value : m.Value)
            : body;

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(?<name>[A-Za-z0-9_.@]+)(?:[,:][^}]*)?\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    /// <summary>OTLP severity numbers come in fours: 1-4 trace, 5-8 debug, 9-12 info, 13-16 warn, 17-20 error, 21-24 fatal.</summary>
    public static string LevelOf(int severityNumber) => severityNumber switch
    {
        >= 21 => "Critical",
        >= 17 => "Error",
        >= 13 => "Warning",
        >= 9 => "Information",
        >= 5 => "Debug",
        >= 1 => "Trace",
        _ => "Unspecified",
    };
}
