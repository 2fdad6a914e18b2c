using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace OrleansLife.Clustering.Objects;

/// <summary>
/// The <c>orleanslife.io/v1</c> ClusterMembership custom resource: the whole Orleans membership table of one cluster
/// (named by its ClusterId) in one object, so that a row and the table version change together in one write.
/// </summary>
public sealed class ClusterMembership : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The API group of the custom resource.</summary>
    public const string Group = "orleanslife.io";

    /// <summary>The served version.</summary>
    public const string Version = "v1";

    /// <summary>The lower-case plural in URLs.</summary>
    public const string Plural = "clustermemberships";

    /// <summary>The kind of one object.</summary>
    public const string KindName = "ClusterMembership";

    /// <inheritdoc />
    [JsonPropertyName("apiVersion")]
    [JsonPropertyOrder(-3)]
    public string ApiVersion { get; set; } = Group + "/" + Version;

    /// <inheritdoc />
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-2)]
    public string Kind { get; set; } = KindName;

    /// <inheritdoc />
    [JsonPropertyName("metadata")]
    [JsonPropertyOrder(-1)]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The table: its version and its rows.</summary>
    [JsonPropertyName("spec")]
    public ClusterMembershipSpec Spec { get; set; } = new();
}
