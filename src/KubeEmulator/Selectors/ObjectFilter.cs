using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Selectors;

/// <summary>A label selector and a field selector together, as lists, watches and collection deletes apply them.</summary>
internal sealed record ObjectFilter(LabelSelector Labels, FieldSelector Fields)
{
    public static readonly ObjectFilter Everything = new(LabelSelector.Everything, FieldSelector.Everything);

    public bool Matches(JsonObject obj) => Fields.Matches(obj) && Labels.Matches(Meta.Labels(obj));
}
