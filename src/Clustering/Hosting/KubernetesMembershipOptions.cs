namespace OrleansLife.Clustering.Hosting;

/// <summary>Where the cluster's ClusterMembership object lives (its name is the Orleans ClusterId), and how often it is read.</summary>
public sealed class KubernetesMembershipOptions
{
    /// <summary>The namespace of the object. Default <c>default</c>.</summary>
    public string Namespace { get; set; } = "default";

    /// <summary>
    /// How long one read of the table answers the reads that follow it. Orleans' management calls (the dashboards'
    /// silo lists) refresh the membership every second on every silo; Orleans' own protocol loses nothing, since a write
    /// decided on a stale read is refused and the next read is fresh. Default 2 s; zero reads every time.
    /// </summary>
    public TimeSpan ReadsFreshFor { get; set; } = TimeSpan.FromSeconds(2);
}
