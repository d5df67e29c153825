namespace Platform.AppHost.Telemetry;

/// <summary>ExportTraceServiceRequest (opentelemetry/proto/collector/trace/v1) into spans.</summary>
internal static class OtlpTraceParser
{
    public const int MaxValueLength = 4096;

    /// <summary>Request: 1 resource_spans.</summary>
    public static List<TelemetrySpan> Parse(ReadOnlySpan<byte> body)
    {
        var spans = new List<TelemetrySpan>();
        var reader = new ProtoReader(body);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                ReadResourceSpans(reader.ReadBytes(), spans);
            else
                reader.Skip(type);
        }
        return spans;
    }

    /// <summary>ResourceSpans: 1 resource, 2 scope_spans (the resource may come after its spans on the wire).</summary>
    private static void ReadResourceSpans(ReadOnlySpan<byte> bytes, List<TelemetrySpan> spans)
    {
        var service = OtlpCommon.UnknownService;
        var first = spans.Count;
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                service = OtlpCommon.ServiceName(OtlpCommon.ReadResource(reader.ReadBytes()));
            else if (field == 2 && type == WireType.LengthDelimited)
                ReadScopeSpans(reader.ReadBytes(), spans);
            else
                reader.Skip(type);
        }
        for (var i = first; i < spans.Count; i++)
            spans[i] = spans[i] with { Service = service };
    }

    /// <summary>ScopeSpans: 1 scope, 2 spans.</summary>
    private static void ReadScopeSpans(ReadOnlySpan<byte> bytes, List<TelemetrySpan> spans)
    {
        var scope = "";
        var first = spans.Count;
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                scope = OtlpCommon.ReadScopeName(reader.ReadBytes());
            else if (field == 2 && type == WireType.LengthDelimited)
                spans.Add(ReadSpan(reader.ReadBytes()));
            else
                reader.Skip(type);
        }
        for (var i = first; i < spans.Count; i++)
            spans[i] = spans[i] with { Scope = scope };
    }

    /// <summary>
    /// Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 7 start (fixed64 ns), 8 end,
    /// 9 attributes, 11 events, 15 status (2 message, 3 code: 2 = error).
    /// </summary>
    private static TelemetrySpan ReadSpan(ReadOnlySpan<byte> bytes)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        string? statusMessage = null;
        var kind = SpanKind.Unspecified;
        ulong start = 0, end = 0;
        var isError = false;
        var attributes = new List<KeyValuePair<string, string>>();
        var events = new List<SpanEvent>();
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (1, WireType.LengthDelimited): traceId = OtlpCommon.Hex(reader.ReadBytes()); break;
                case (2, WireType.LengthDelimited): spanId = OtlpCommon.Hex(reader.ReadBytes()); break;
                case (4, WireType.LengthDelimited): parent = OtlpCommon.Hex(reader.ReadBytes()); break;
                case (5, WireType.LengthDelimited): name = OtlpCommon.Truncate(reader.ReadString(), 500); break;
                case (6, WireType.Varint): kind = (SpanKind)Math.Min(reader.ReadVarint(), 5); break;
                case (7, WireType.Fixed64): start = reader.ReadFixed64(); break;
                case (8, WireType.Fixed64): end = reader.ReadFixed64(); break;
                case (9, WireType.LengthDelimited): attributes.Add(Bounded(OtlpCommon.ReadKeyValue(reader.ReadBytes()))); break;
                case (11, WireType.LengthDelimited): events.Add(ReadEvent(reader.ReadBytes())); break;
                case (15, WireType.LengthDelimited): (isError, statusMessage) = ReadStatus(reader.ReadBytes()); break;
                default: reader.Skip(type); break;
            }
        }
        if (traceId.Length != 32 || spanId.Length != 16)
            throw new InvalidProtobufException("a span needs a 16-byte trace_id and an 8-byte span_id");
        return new TelemetrySpan(traceId, spanId, parent.Length == 0 ? null : parent, OtlpCommon.UnknownService, "", name, kind,
            OtlpCommon.FromUnixNanos(start), OtlpCommon.FromUnixNanos(end), isError, statusMessage, attributes, events);
    }

    /// <summary>Span.Event: 1 time (fixed64 ns), 2 name, 3 attributes.</summary>
    private static SpanEvent ReadEvent(ReadOnlySpan<byte> bytes)
    {
        ulong time = 0;
        var name = "";
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            switch (field, type)
            {
                case (1, WireType.Fixed64): time = reader.ReadFixed64(); break;
                case (2, WireType.LengthDelimited): name = OtlpCommon.Truncate(reader.ReadString(), 500); break;
                case (3, WireType.LengthDelimited): attributes.Add(Bounded(OtlpCommon.ReadKeyValue(reader.ReadBytes()))); break;
                default: reader.Skip(type); break;
            }
        }
        return new SpanEvent(name, OtlpCommon.FromUnixNanos(time), attributes);
    }

    private static (bool IsError, string? Message) ReadStatus(ReadOnlySpan<byte> bytes)
    {
        string? message = null;
        var code = 0UL;
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 2 && type == WireType.LengthDelimited)
                message = OtlpCommon.Truncate(reader.ReadString(), MaxValueLength);
            else if (field == 3 && type == WireType.Varint)
                code = reader.ReadVarint();
            else
                reader.Skip(type);
        }
        return (code == 2, string.IsNullOrEmpty(message) ? null : message);
    }

    internal static KeyValuePair<string, string> Bounded(KeyValuePair<string, string> attribute) =>
        new(OtlpCommon.Truncate(attribute.Key, 200), OtlpCommon.Truncate(attribute.Value, MaxValueLength));
}
