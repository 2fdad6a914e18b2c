namespace OrleansLife.Silo.Clustering;

/// <summary>Where the Orleans cluster keeps its membership (<c>Cluster:Membership</c>).</summary>
public enum LifeMembership
{
    /// <summary>Orleans' development clustering: the primary silo keeps it, and the cluster dies with the primary.</summary>
    Localhost,

    /// <summary>
    /// A ClusterMembership object in the Kubernetes API the boards use, which outlives every silo: any silo may die,
    /// and silos on several machines (or pods) find each other.
    /// </summary>
    Kubernetes,
}
