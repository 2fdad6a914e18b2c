using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Json;

/// <summary>Typed reads and writes on untyped JSON objects, so the emulator never needs a model of what it stores.</summary>
internal static class JsonNodes
{
    public static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static string? GetString(this JsonObject? obj, string property) =>
        obj?[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static JsonObject? GetObject(this JsonObject? obj, string property) => obj?[property] as JsonObject;

    public static JsonArray? GetArray(this JsonObject? obj, string property) => obj?[property] as JsonArray;

    public static long? GetInt64(this JsonObject? obj, string property) => AsInt64(obj?[property]);

    public static bool? GetBoolean(this JsonObject? obj, string property) =>
        obj?[property] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;

    public static long? AsInt64(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number) return null;
        if (value.TryGetValue<long>(out var l)) return l;
        if (value.TryGetValue<int>(out var i)) return i;
        if (value.TryGetValue<double>(out var d) && d == Math.Floor(d)) return (long)d;
        return long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    public static double? AsDouble(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number) return null;
        if (value.TryGetValue<double>(out var d)) return d;
        if (AsInt64(value) is { } l) return l;
        return double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>The object under <paramref name="property"/>, created when absent or not an object.</summary>
    public static JsonObject GetOrAddObject(this JsonObject obj, string property)
    {
        if (obj[property] is JsonObject existing) return existing;
        var created = new JsonObject();
        obj[property] = created;
        return created;
    }

    /// <summary>Follows a dotted path such as <c>status.phase</c>; null when any step is missing.</summary>
    public static JsonNode? Select(this JsonNode? node, string dottedPath)
    {
        foreach (var step in dottedPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node is not JsonObject obj) return null;
            node = obj[step];
        }
        return node;
    }

    public static JsonObject CloneObject(this JsonObject obj) => (JsonObject)obj.DeepClone();

    /// <summary>The text of a scalar as Kubernetes prints it in selectors and tables.</summary>
    public static string? ScalarText(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() is JsonValueKind.False => "false",
        JsonValue v when v.GetValueKind() is JsonValueKind.Number => v.ToJsonString(),
        _ => null,
    };

    public static JsonObject ParseObject(ReadOnlySpan<byte> utf8) =>
        JsonNode.Parse(utf8) as JsonObject ?? throw new JsonException("expected a JSON object");
}
