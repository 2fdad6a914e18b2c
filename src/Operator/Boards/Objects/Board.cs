using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>
/// The <c>orleanslife.io/v1</c> Board custom resource: one Game of Life run and its observed progress. A typed model
/// over KubernetesClient's custom-objects API, serialized with its <see cref="KubernetesJson"/> settings.
/// </summary>
public sealed class Board : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The API group of the custom resource.</summary>
    public const string Group = "orleanslife.io";

    /// <summary>The served version.</summary>
    public const string Version = "v1";

    /// <summary>The lower-case plural in URLs.</summary>
    public const string Plural = "boards";

    /// <summary>The kind of one object.</summary>
    public const string KindName = "Board";

    /// <summary>The <c>apiVersion</c> of Board objects.</summary>
    public const string GroupVersion = Group + "/" + Version;

    /// <inheritdoc />
    [JsonPropertyName("apiVersion")]
    [JsonPropertyOrder(-3)]
    public string ApiVersion { get; set; } = GroupVersion;

    /// <inheritdoc />
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-2)]
    public string Kind { get; set; } = KindName;

    /// <inheritdoc />
    [JsonPropertyName("metadata")]
    [JsonPropertyOrder(-1)]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The board to play.</summary>
    [JsonPropertyName("spec")]
    public BoardSpec? Spec { get; set; }

    /// <summary>The operator's report of how the game is going.</summary>
    [JsonPropertyName("status")]
    public BoardStatus? Status { get; set; }
}
