using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Leases;

/// <summary>NAME HOLDER AGE, as the API server prints leases.</summary>
internal sealed class LeaseTablePrinter : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns { get; } =
    [
        MetadataDescriptions.NameColumn,
        new("Holder", "string", "The holder of the lease"),
        new("Age", "string", MetadataDescriptions.CreationTimestamp),
    ];

    public JsonArray Cells(JsonObject obj, DateTimeOffset now) => new(
        Meta.Name(obj),
        obj.GetObject("spec").GetString("holderIdentity") ?? "",
        HumanDuration.Since(obj.GetObject("metadata").GetString("creationTimestamp"), now));
}
