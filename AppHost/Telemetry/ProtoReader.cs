namespace Platform.AppHost.Telemetry;

/// <summary>
/// Protocol Buffers wire format, read forward only: enough for the OTLP messages the receiver keeps.
/// Anything it cannot read throws <see cref="InvalidProtobufException"/>; unknown fields are skipped.
/// </summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly bool End => _position >= _buffer.Length;

    /// <summary>The next field's number and wire type.</summary>
    public (int Field, WireType Type) ReadTag()
    {
        var tag = ReadVarint();
        var field = (int)(tag >> 3);
        var type = (WireType)(tag & 7);
        if (field <= 0 || type is not (WireType.Varint or WireType.Fixed64 or WireType.LengthDelimited or WireType.Fixed32))
            throw new InvalidProtobufException($"bad tag {tag} at byte {_position}");
        return (field, type);
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _buffer.Length)
                throw new InvalidProtobufException("truncated varint");
            var b = _buffer[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        throw new InvalidProtobufException("varint longer than 10 bytes");
    }

    public ulong ReadFixed64()
    {
        var bytes = Take(8);
        return BitConverter.ToUInt64(bytes);
    }

    public uint ReadFixed32()
    {
        var bytes = Take(4);
        return BitConverter.ToUInt32(bytes);
    }

    public double ReadDouble() => BitConverter.Int64BitsToDouble((long)ReadFixed64());

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = ReadVarint();
        if (length > (ulong)(_buffer.Length - _position))
            throw new InvalidProtobufException($"length {length} runs past the end");
        return Take((int)length);
    }

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadBytes());

    /// <summary>Reads a field's value as a number, whatever its numeric wire type.</summary>
    public ulong ReadNumber(WireType type) => type switch
    {
        WireType.Varint => ReadVarint(),
        WireType.Fixed64 => ReadFixed64(),
        WireType.Fixed32 => ReadFixed32(),
        _ => throw new InvalidProtobufException($"expected a number, got wire type {type}"),
    };

    public void Skip(WireType type)
    {
        switch (type)
        {
            case WireType.Varint: ReadVarint(); break;
            case WireType.Fixed64: Take(8); break;
            case WireType.Fixed32: Take(4); break;
            case WireType.LengthDelimited: ReadBytes(); break;
            default: throw new InvalidProtobufException($"cannot skip wire type {type}");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _buffer.Length - _position)
            throw new InvalidProtobufException("truncated field");
        var slice = _buffer.Slice(_position, count);
        _position += count;
        return slice;
    }
}

internal enum WireType
{
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    Fixed32 = 5,
}

public sealed class InvalidProtobufException(string message) : Exception(message);
