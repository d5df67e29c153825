using System.Globalization;
using System.Text;

namespace Platform.AppHost.Telemetry;

/// <summary>The OTLP common messages (KeyValue, AnyValue, Resource, InstrumentationScope) as strings for display.</summary>
internal static class OtlpCommon
{
    public const string UnknownService = "unknown_service";

    /// <summary>Resource: 1 attributes. Returns its attributes; service.name names the sender.</summary>
    public static List<KeyValuePair<string, string>> ReadResource(ReadOnlySpan<byte> bytes)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                attributes.Add(ReadKeyValue(reader.ReadBytes()));
            else
                reader.Skip(type);
        }
        return attributes;
    }

    public static string ServiceName(List<KeyValuePair<string, string>> resource) =>
        resource.FirstOrDefault(a => a.Key == "service.name").Value is { Length: > 0 } name ? name : UnknownService;

    /// <summary>InstrumentationScope: 1 name.</summary>
    public static string ReadScopeName(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtoReader(bytes);
        var name = "";
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                name = reader.ReadString();
            else
                reader.Skip(type);
        }
        return name;
    }

    /// <summary>KeyValue: 1 key, 2 value.</summary>
    public static KeyValuePair<string, string> ReadKeyValue(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtoReader(bytes);
        string key = "", value = "";
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                key = reader.ReadString();
            else if (field == 2 && type == WireType.LengthDelimited)
                value = ReadAnyValue(reader.ReadBytes());
            else
                reader.Skip(type);
        }
        return new(key, value);
    }

    /// <summary>AnyValue, a oneof: 1 string, 2 bool, 3 int64, 4 double, 5 array, 6 key-value list, 7 bytes.</summary>
    public static string ReadAnyValue(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtoReader(bytes);
        var value = "";
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            value = (field, type) switch
            {
                (1, WireType.LengthDelimited) => reader.ReadString(),
                (2, WireType.Varint) => reader.ReadVarint() != 0 ? "true" : "false",
                (3, WireType.Varint) => ((long)reader.ReadVarint()).ToString(CultureInfo.InvariantCulture),
                (4, WireType.Fixed64) => reader.ReadDouble().ToString(CultureInfo.InvariantCulture),
                (5, WireType.LengthDelimited) => "[" + string.Join(", ", ReadRepeated(reader.ReadBytes(), static b => ReadAnyValue(b))) + "]",
                (6, WireType.LengthDelimited) => "{" + string.Join(", ", ReadRepeated(reader.ReadBytes(), static b => { var kv = ReadKeyValue(b); return $"{kv.Key}: {kv.Value}"; })) + "}",
                (7, WireType.LengthDelimited) => Convert.ToHexStringLower(reader.ReadBytes()),
                _ => SkipAndKeep(ref reader, type, value),
            };
        }
        return value;
    }

    public static string Hex(ReadOnlySpan<byte> id) => id.IsEmpty || !id.ContainsAnyExcept((byte)0) ? "" : Convert.ToHexStringLower(id);

    public static DateTimeOffset FromUnixNanos(ulong nanos) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(nanos / 100));

    private delegate T SpanReader<T>(ReadOnlySpan<byte> bytes);

    // ArrayValue and KeyValueList both hold their items in field 1.
    private static List<string> ReadRepeated(ReadOnlySpan<byte> bytes, SpanReader<string> item)
    {
        var items = new List<string>();
        var reader = new ProtoReader(bytes);
        while (!reader.End)
        {
            var (field, type) = reader.ReadTag();
            if (field == 1 && type == WireType.LengthDelimited)
                items.Add(item(reader.ReadBytes()));
            else
                reader.Skip(type);
        }
        return items;
    }

    private static string SkipAndKeep(ref ProtoReader reader, WireType type, string value)
    {
        reader.Skip(type);
        return value;
    }

    public static string Truncate(string value, int max) =>
        value.Length <= max ? value : new StringBuilder(value, 0, max, max + 1).Append('…').ToString();
}
