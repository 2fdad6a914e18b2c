using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>
/// Reads the protobuf bodies kubectl is known to send the emulator, in Kubernetes' protobuf envelope: the Namespace of
/// <c>kubectl create namespace</c> (only its metadata matters) and, from kubectl 1.32, the reviews of <c>kubectl auth</c>.
/// Any other kind is reported as unreadable.
/// </summary>
internal static class ProtobufBodies
{
    private static readonly byte[] Magic = [0x6b, 0x38, 0x73, 0x00];

    // Field numbers from k8s.io/api authorization/v1 and authentication/v1 generated.proto; every leaf is a string.
    private static readonly Schema ResourceAttributes = new()
    {
        [1] = new("namespace"), [2] = new("verb"), [3] = new("group"), [4] = new("version"),
        [5] = new("resource"), [6] = new("subresource"), [7] = new("name"),
    };

    private static readonly Schema NonResourceAttributes = new() { [1] = new("path"), [2] = new("verb") };

    private static readonly Dictionary<string, Schema> Reviews = new()
    {
        ["SelfSubjectAccessReview"] = new()
        {
            [2] = new("spec", new Schema { [1] = new("resourceAttributes", ResourceAttributes), [2] = new("nonResourceAttributes", NonResourceAttributes) }),
        },
        ["SelfSubjectRulesReview"] = new() { [2] = new("spec", new Schema { [1] = new("namespace") }) },
        ["SelfSubjectReview"] = new(),
    };

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
        if (kind is null || (kind != "Namespace" && !Reviews.ContainsKey(kind))) return null;
        var obj = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = new JsonObject() };
        var schema = Reviews.GetValueOrDefault(kind) ?? [];
        var reader = new ProtoReader(raw);
        while (reader.TryRead(out var field, out var payload))
        {
            if (field == 1) obj["metadata"] = Metadata(payload);
            else if (schema.TryGetValue(field, out var known)) obj[known.Name] = Decode(payload, known);
        }
        return obj;
    }

    private static JsonNode Decode(ReadOnlySpan<byte> data, Field field)
    {
        if (field.Nested is null) return JsonValue.Create(ProtoReader.Text(data));
        var obj = new JsonObject();
        var reader = new ProtoReader(data);
        while (reader.TryRead(out var number, out var payload))
        {
            if (field.Nested.TryGetValue(number, out var nested)) obj[nested.Name] = Decode(payload, nested);
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

    private sealed class Schema : Dictionary<int, Field>;

    private sealed record Field(string Name, Schema? Nested = null);
}
