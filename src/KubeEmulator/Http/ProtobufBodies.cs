using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>
/// Reads the one protobuf body kubectl is known to send the emulator: <c>kubectl create namespace</c> posts a
/// Namespace in Kubernetes' protobuf envelope. Only its metadata matters; any other kind is reported as unreadable.
/// </summary>
internal static class ProtobufBodies
{
    private static readonly byte[] Magic = [0x6b, 0x38, 0x73, 0x00];

    public static JsonObject? TryDecode(byte[] body)
    {
        if (!body.AsSpan().StartsWith(Magic)) return null;
        string? apiVersion = null, kind = null;
        ReadOnlySpan<byte> raw = default;
        var envelope = new ProtoReader(body.AsSpan(Magic.Length));
        while (envelope.TryRead(out var field, out var payload))
        {
            if (field == 2) raw = payload;
            if (field != 1) continue;
            var typeMeta = new ProtoReader(payload);
            while (typeMeta.TryRead(out var typeField, out var value))
            {
                if (typeField == 1) apiVersion = ProtoReader.Text(value);
                if (typeField == 2) kind = ProtoReader.Text(value);
            }
        }
        if (kind != "Namespace") return null;
        var obj = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = new JsonObject() };
        var reader = new ProtoReader(raw);
        while (reader.TryRead(out var field, out var payload))
        {
            if (field == 1) obj["metadata"] = Metadata(payload);
        }
        return obj;
    }

    private static JsonObject Metadata(ReadOnlySpan<byte> data)
    {
        var metadata = new JsonObject();
        var reader = new ProtoReader(data);
        while (reader.TryRead(out var field, out var payload))
        {
            switch (field)
            {
                case 1:
                    metadata["name"] = ProtoReader.Text(payload);
                    break;
                case 2:
                    metadata["generateName"] = ProtoReader.Text(payload);
                    break;
                case 11 or 12:
                    var map = metadata[field == 11 ? "labels" : "annotations"] as JsonObject ?? new JsonObject();
                    var (key, value) = Entry(payload);
                    map[key] = value;
                    metadata[field == 11 ? "labels" : "annotations"] = map;
                    break;
            }
        }
        return metadata;
    }

    private static (string Key, string Value) Entry(ReadOnlySpan<byte> data)
    {
        string key = "", value = "";
        var reader = new ProtoReader(data);
        while (reader.TryRead(out var field, out var payload))
        {
            if (field == 1) key = ProtoReader.Text(payload);
            if (field == 2) value = ProtoReader.Text(payload);
        }
        return (key, value);
    }
}
