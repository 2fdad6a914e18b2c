using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Http;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Tables;

/// <summary>
/// Writes a <c>meta.k8s.io</c> Table: column definitions (left out on watch events after the first, as the API server
/// does), one row per object, and per row the object as <c>includeObject</c> asks: metadata only, whole, or none.
/// </summary>
internal static class TableWriter
{
    public static void Write(Utf8JsonWriter writer, ResourceType type, IEnumerable<JsonObject> objects, TableRequest request, ListResult? list)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "Table");
        writer.WriteString("apiVersion", $"meta.k8s.io/{request.MetaVersion}");
        if (list is not null)
        {
            JsonOutput.WriteListMeta(writer, list);
        }
        else
        {
            writer.WriteStartObject("metadata");
            if (objects.FirstOrDefault() is { } single) writer.WriteString("resourceVersion", Objects.Meta.ResourceVersion(single));
            writer.WriteEndObject();
        }
        writer.WritePropertyName("columnDefinitions");
        if (request.NoHeaders) writer.WriteNullValue();
        else WriteColumns(writer, type.Printer.Columns);
        writer.WriteStartArray("rows");
        foreach (var obj in objects) WriteRow(writer, type, obj, request);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteColumns(Utf8JsonWriter writer, IReadOnlyList<TableColumn> columns)
    {
        writer.WriteStartArray();
        foreach (var column in columns)
        {
            writer.WriteStartObject();
            writer.WriteString("name", column.Name);
            writer.WriteString("type", column.Type);
            writer.WriteString("format", column.Format);
            writer.WriteString("description", column.Description);
            writer.WriteNumber("priority", column.Priority);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter writer, ResourceType type, JsonObject obj, TableRequest request)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("cells");
        type.Printer.Cells(obj, request.Now).WriteTo(writer);
        writer.WritePropertyName("object");
        switch (request.IncludeObject)
        {
            case "Object":
                JsonOutput.WriteObject(writer, obj, type);
                break;
            case "None":
                writer.WriteNullValue();
                break;
            default:
                JsonOutput.WriteMetadata(writer, obj, request.MetaVersion);
                break;
        }
        writer.WriteEndObject();
    }
}
