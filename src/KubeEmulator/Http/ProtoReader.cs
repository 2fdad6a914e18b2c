using System.Text;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>Walks the fields of one protobuf message, skipping any it is not asked for.</summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    /// <summary>Moves to the next field; its number and, for length-delimited fields, its payload.</summary>
    public bool TryRead(out int field, out ReadOnlySpan<byte> payload)
    {
        payload = default;
        field = 0;
        if (_position >= _data.Length) return false;
        var key = Varint();
        field = (int)(key >> 3);
        switch (key & 7)
        {
            case 0:
                Varint();
                break;
            case 1:
                _position += 8;
                break;
            case 2:
                var length = (int)Varint();
                payload = _data.Slice(_position, length);
                _position += length;
                break;
            case 5:
                _position += 4;
                break;
            default:
                throw new FormatException("unsupported protobuf wire type");
        }
        return true;
    }

    public static string Text(ReadOnlySpan<byte> payload) => Encoding.UTF8.GetString(payload);

    private ulong Varint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = _data[_position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
        throw new FormatException("malformed protobuf varint");
    }
}
