using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Tables;

/// <summary>Turns one object into the cells of a Table row, as the API server's printers do for <c>kubectl get</c>.</summary>
internal interface ITablePrinter
{
    IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>One cell per column: a string, a number, a boolean, or null for a missing value.</summary>
    JsonArray Cells(JsonObject obj, DateTimeOffset now);
}
