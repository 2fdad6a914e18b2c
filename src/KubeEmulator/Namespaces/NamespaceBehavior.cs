using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Namespaces;

/// <summary>
/// The namespace strategy: a DNS-1123 label name, the <c>kubernetes</c> finalizer, the immutable
/// <c>kubernetes.io/metadata.name</c> label, and phase Active until deletion turns it Terminating.
/// </summary>
internal sealed class NamespaceBehavior : ResourceBehavior
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    public override bool NameIsLabel => true;

    public override void PrepareForCreate(JsonObject obj, ResourceContext context)
    {
        obj["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };
        obj["status"] = new JsonObject { ["phase"] = "Active" };
        Meta.Of(obj).GetOrAddObject("labels")[NameLabel] = Meta.Name(obj);
    }

    public override bool DefersDeletion => true;

    /// <summary>The namespaces the NamespaceLifecycle admission plugin never lets anyone delete.</summary>
    public static IReadOnlyList<string> Immortal { get; } = ["default", "kube-system", "kube-public"];

    public override void PrepareForDeletion(JsonObject obj) => obj.GetOrAddObject("status")["phase"] = "Terminating";

    /// <summary>A namespace goes once the namespace controller has emptied it and dropped the <c>kubernetes</c> finalizer.</summary>
    public override bool CanBeRemoved(JsonObject obj) => (obj.GetObject("spec").GetArray("finalizers")?.Count ?? 0) == 0;

    public override void PrepareForUpdate(JsonObject updated, JsonObject current, ResourceContext context)
    {
        // spec.finalizers changes only through the finalize subresource, which the namespace controller stands in for.
        updated["spec"] = current["spec"]?.DeepClone();
        Meta.Of(updated).GetOrAddObject("labels")[NameLabel] = Meta.Name(current);
    }
}
