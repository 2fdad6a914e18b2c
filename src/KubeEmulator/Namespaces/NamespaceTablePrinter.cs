using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Namespaces;

/// <summary>NAME STATUS AGE, as the API server prints namespaces.</summary>
internal sealed class NamespaceTablePrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        MetadataDescriptions.NameColumn,
        new("Status", "string", "The status of the namespace"),
        new("Age", "string", MetadataDescriptions.CreationTimestamp),
    ];

    public JsonArray Cells(JsonObject obj, DateTimeOffset now) => new(
        Meta.Name(obj),
        obj.GetObject("status").GetString("phase") ?? "",
        HumanDuration.Since(obj.GetObject("metadata").GetString("creationTimestamp"), now));
}
