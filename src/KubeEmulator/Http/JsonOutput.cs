using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>
/// Writes stored objects straight to the response without copying them: objects of another served version get that
/// version's apiVersion, and items of built-in lists leave out kind and apiVersion as the API server's typed lists do.
/// </summary>
internal static class JsonOutput
{
    public static void WriteObject(Utf8JsonWriter writer, JsonObject obj, ResourceType? type, bool omitTypeMeta = false)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in obj)
        {
            if (omitTypeMeta && key is "kind" or "apiVersion") continue;
            writer.WritePropertyName(key);
            if (type is not null && key == "apiVersion") writer.WriteStringValue(type.ApiVersion);
            else if (value is null) writer.WriteNullValue();
            else value.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    public static void WriteList(Utf8JsonWriter writer, ResourceType type, ListResult list)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", type.ListKind);
        writer.WriteString("apiVersion", type.ApiVersion);
        WriteListMeta(writer, list);
        writer.WriteStartArray("items");
        foreach (var item in list.Items) WriteObject(writer, item, type, omitTypeMeta: !type.IsCustom);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteMetadata(Utf8JsonWriter writer, JsonObject obj, string metaVersion)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "PartialObjectMetadata");
        writer.WriteString("apiVersion", $"meta.k8s.io/{metaVersion}");
        writer.WritePropertyName("metadata");
        (obj["metadata"] ?? new JsonObject()).WriteTo(writer);
        writer.WriteEndObject();
    }

    public static void WriteMetadataList(Utf8JsonWriter writer, ListResult list, string metaVersion)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "PartialObjectMetadataList");
        writer.WriteString("apiVersion", $"meta.k8s.io/{metaVersion}");
        WriteListMeta(writer, list);
        writer.WriteStartArray("items");
        foreach (var item in list.Items) WriteMetadata(writer, item, metaVersion);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteListMeta(Utf8JsonWriter writer, ListResult list)
    {
        writer.WriteStartObject("metadata");
        writer.WriteString("resourceVersion", list.ResourceVersion.ToString(CultureInfo.InvariantCulture));
        if (list.Continue is not null) writer.WriteString("continue", list.Continue);
        if (list.RemainingItemCount is { } remaining) writer.WriteNumber("remainingItemCount", remaining);
        writer.WriteEndObject();
    }
}
