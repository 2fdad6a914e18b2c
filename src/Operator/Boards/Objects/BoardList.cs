using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>One page of Board objects, as a list answers.</summary>
public sealed class BoardList : IKubernetesObject<V1ListMeta>, IItems<Board>
{
    /// <inheritdoc />
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = Board.GroupVersion;

    /// <inheritdoc />
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "BoardList";

    /// <inheritdoc />
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    /// <inheritdoc />
    [JsonPropertyName("items")]
    public IList<Board> Items { get; set; } = [];
}
