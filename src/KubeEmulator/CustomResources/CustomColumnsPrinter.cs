using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>
/// Prints a custom resource from its CRD's additionalPrinterColumns, after the apiextensions table convertor: NAME,
/// then each column's JSONPath value typed as the column says, with dates shown as ages.
/// </summary>
internal sealed class CustomColumnsPrinter : ITablePrinter
{
    private readonly List<(TableColumn Column, string JsonPath)> _columns;

    public CustomColumnsPrinter(JsonArray? printerColumns)
    {
        _columns = printerColumns?.OfType<JsonObject>()
            .Select(c => (new TableColumn(
                c.GetString("name") ?? "",
                c.GetString("type") ?? "string",
                c.GetString("description") ?? "",
                (int)(c.GetInt64("priority") ?? 0),
                c.GetString("format") ?? ""), c.GetString("jsonPath") ?? ""))
            .ToList() ?? [];
        if (_columns.Count == 0)
        {
            _columns.Add((new TableColumn("Age", "date", MetadataDescriptions.CreationTimestamp), ".metadata.creationTimestamp"));
        }
        Columns = [MetadataDescriptions.NameColumn, .. _columns.Select(c => c.Column)];
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public JsonArray Cells(JsonObject obj, DateTimeOffset now)
    {
        var cells = new JsonArray(Meta.Name(obj));
        foreach (var (column, path) in _columns) cells.Add(Cell(column.Type, SimpleJsonPath.Evaluate(obj, path), now));
        return cells;
    }

    private static JsonNode? Cell(string type, JsonNode? value, DateTimeOffset now)
    {
        if (value is null) return null;
        var kind = value.GetValueKind();
        return type switch
        {
            "integer" when kind == JsonValueKind.Number => JsonNodes.AsInt64(value) ?? (long)(JsonNodes.AsDouble(value) ?? 0),
            "number" when kind == JsonValueKind.Number => JsonNodes.AsDouble(value),
            "boolean" when kind is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
            "date" when kind == JsonValueKind.String => Timestamps.Parse(value.GetValue<string>()) is { } time
                ? HumanDuration.Format(now - time)
                : "<invalid>",
            "string" => JsonNodes.ScalarText(value) ?? value.ToJsonString(),
            _ => null,
        };
    }
}
