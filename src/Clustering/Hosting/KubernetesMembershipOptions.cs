namespace OrleansLife.Clustering.Hosting;

/// <summary>Where the cluster's ClusterMembership object lives; its name is the Orleans ClusterId.</summary>
public sealed class KubernetesMembershipOptions
{
    /// <summary>The namespace of the object. Default <c>default</c>.</summary>
    public string Namespace { get; set; } = "default";
}
