using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>
/// Everything the emulator knows about one served resource at one version: its names for discovery, its scope, whether
/// it has a status subresource, how it is defaulted and validated, and how <c>kubectl get</c> prints it.
/// </summary>
internal sealed class ResourceType
{
    public static readonly IReadOnlyList<string> AllVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    public required string Group { get; init; }

    public required string Version { get; init; }

    public required string Kind { get; init; }

    public required string Plural { get; init; }

    public required string Singular { get; init; }

    public required bool Namespaced { get; init; }

    public IReadOnlyList<string> ShortNames { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Verbs { get; init; } = AllVerbs;

    public bool HasStatus { get; init; }

    public required ResourceBehavior Behavior { get; init; }

    public required ITablePrinter Printer { get; init; }

    /// <summary>Field selector keys beyond <c>metadata.name</c> and <c>metadata.namespace</c>.</summary>
    public IReadOnlyList<string> SelectableFields { get; init; } = [];

    /// <summary>The CRD's openAPIV3Schema for custom resources; null for built-in types.</summary>
    public JsonObject? Schema { get; init; }

    /// <summary>True for custom resources, which are served from a CustomResourceDefinition.</summary>
    public bool IsCustom { get; init; }

    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    public string ListKind => $"{Kind}List";

    public GroupResource GroupResource => new(Group, Plural);

    /// <summary>The store key shared by every version of the resource.</summary>
    public string StorageKey => GroupResource.ToString();
}
