using System.Text;

namespace Platform.Foundation.Tests.Dashboard;

// Hand-encoded OTLP protobuf (field numbers from the OTLP .proto files), for payloads no exporter would send.
internal static class OtlpPayload
{
    public static byte[] Traces(string service, IEnumerable<(byte[] TraceId, byte[] SpanId, string Name)> spans)
    {
        var scopeSpans = Message(spans.Select(s => Field(2, Span(s.TraceId, s.SpanId, s.Name))).Prepend(Field(1, Message(Field(1, "test")))));
        var resource = Message(Field(1, Message(Field(1, "service.name"), Field(2, Message(Field(1, service))))));
        return Message(Field(1, Message(Field(1, resource), Field(2, scopeSpans))));
    }

    public static (byte[] TraceId, byte[] SpanId, string Name) NewSpan(string name) =>
        (Guid.NewGuid().ToByteArray(), Guid.NewGuid().ToByteArray()[..8], name);

    private static byte[] Span(byte[] traceId, byte[] spanId, string name)
    {
        var start = (ulong)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000);
        return Message(Field(1, traceId), Field(2, spanId), Field(5, name), Varint(6, 2), Fixed64(7, start), Fixed64(8, start + 1_000_000));
    }

    private static byte[] Message(params IEnumerable<byte[]> fields) => [.. fields.SelectMany(f => f)];

    private static byte[] Field(int number, string value) => Field(number, Encoding.UTF8.GetBytes(value));

    private static byte[] Field(int number, byte[] value) => [.. Tag(number, 2), .. EncodeVarint((ulong)value.Length), .. value];

    private static byte[] Varint(int number, ulong value) => [.. Tag(number, 0), .. EncodeVarint(value)];

    private static byte[] Fixed64(int number, ulong value) => [.. Tag(number, 1), .. BitConverter.GetBytes(value)];

    private static byte[] Tag(int number, int wireType) => EncodeVarint((ulong)(number << 3 | wireType));

    private static byte[] EncodeVarint(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        bytes.Add((byte)value);
        return [.. bytes];
    }
}
