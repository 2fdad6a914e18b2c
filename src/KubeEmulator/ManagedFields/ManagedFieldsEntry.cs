using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.ManagedFields;

/// <summary>One element of <c>metadata.managedFields</c>: who owns which fields, through which operation.</summary>
internal sealed record ManagedFieldsEntry(string Manager, string Operation, string ApiVersion, string? Subresource, string? Time, FieldSet Fields)
{
    public const string Apply = "Apply";

    public const string Update = "Update";

    /// <summary>Entries are told apart by manager, operation and subresource; an applier is one manager at any version.</summary>
    public bool SameManagerAs(string manager, string operation, string apiVersion, string? subresource) =>
        Manager == manager && Operation == operation && Subresource == subresource && (operation == Apply || ApiVersion == apiVersion);

    /// <summary>The manager as a conflict names it: <c>"kubectl"</c>, or for an updater <c>"kubectl-edit" using v1</c>.</summary>
    public string Describe()
    {
        var text = $"\"{Manager}\"";
        if (Subresource is not null) text += $" with subresource \"{Subresource}\"";
        return Operation == Update ? $"{text} using {ApiVersion}" : text;
    }

    /// <summary>The entry as it was read, written back as it is while its fields do not change (rendering fieldsV1 is not free).</summary>
    private JsonObject? Source { get; init; }

    private FieldSet? SourceFields { get; init; }

    public static List<ManagedFieldsEntry> Read(JsonObject? obj) =>
        [.. (obj.GetObject("metadata").GetArray("managedFields") ?? []).OfType<JsonObject>().Select(FromJson)];

    private static ManagedFieldsEntry FromJson(JsonObject e)
    {
        var fields = FieldSet.FromFieldsV1(e.GetObject("fieldsV1"));
        return new ManagedFieldsEntry(
            e.GetString("manager") ?? "", e.GetString("operation") ?? Update, e.GetString("apiVersion") ?? "", e.GetString("subresource"), e.GetString("time"), fields)
        {
            Source = e,
            SourceFields = fields,
        };
    }

    public JsonObject ToJson()
    {
        if (Source is not null && ReferenceEquals(Fields, SourceFields) && Source.GetString("time") == Time && Source.GetString("apiVersion") == ApiVersion)
        {
            return (JsonObject)Source.DeepClone();
        }
        var entry = new JsonObject { ["manager"] = Manager, ["operation"] = Operation, ["apiVersion"] = ApiVersion };
        if (Time is not null) entry["time"] = Time;
        entry["fieldsType"] = "FieldsV1";
        entry["fieldsV1"] = Fields.ToFieldsV1();
        if (Subresource is not null) entry["subresource"] = Subresource;
        return entry;
    }
}
