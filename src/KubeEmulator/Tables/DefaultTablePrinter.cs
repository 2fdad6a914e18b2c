using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Tables;

/// <summary>The API server's fallback printer, NAME and CREATED AT, used for types without a printer of their own (such as CRDs).</summary>
internal sealed class DefaultTablePrinter : ITablePrinter
{
    public static readonly DefaultTablePrinter Instance = new();

    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        MetadataDescriptions.NameColumn,
        new("Created At", "date", MetadataDescriptions.CreationTimestamp),
    ];

    public JsonArray Cells(JsonObject obj, DateTimeOffset now) => new(
        Meta.Name(obj),
        Timestamps.Parse(obj.GetObject("metadata").GetString("creationTimestamp")) is { } created ? Timestamps.Format(created) : "0001-01-01T00:00:00Z");
}
