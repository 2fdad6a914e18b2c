using System.Buffers;
using System.Text;

namespace OrleansLife.KubeEmulator.OpenApi;

/// <summary>Just enough protobuf encoding for string fields and nested messages, which is all an OpenAPI v2 document needs.</summary>
internal sealed class ProtoWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public ProtoWriter String(int field, string value)
    {
        Bytes(field, Encoding.UTF8.GetBytes(value));
        return this;
    }

    public ProtoWriter Message(int field, Action<ProtoWriter> write)
    {
        var nested = new ProtoWriter();
        write(nested);
        Bytes(field, nested.ToArray());
        return this;
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    private void Bytes(int field, byte[] value)
    {
        Varint((ulong)((field << 3) | 2));
        Varint((ulong)value.Length);
        _buffer.Write(value);
    }

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.Write([(byte)(value | 0x80)]);
            value >>= 7;
        }
        _buffer.Write([(byte)value]);
    }
}
