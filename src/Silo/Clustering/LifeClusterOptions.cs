using System.Net;

namespace OrleansLife.Silo.Clustering;

/// <summary>How this silo finds the rest of its Orleans cluster on this machine or network (the <c>Cluster</c> section).</summary>
public sealed class LifeClusterOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Cluster";

    /// <summary>Silo-to-silo port. Default 0: a free port, fine for a silo alone; a primary others join needs a fixed one.</summary>
    public int SiloPort { get; set; }

    /// <summary>Port for Orleans clients. Default 0: a free port.</summary>
    public int GatewayPort { get; set; }

    /// <summary>
    /// The silo endpoint (<c>host:port</c>) of the cluster's primary silo, which keeps the development membership; null
    /// (the default) makes this silo the primary of a cluster of its own.
    /// </summary>
    public string? PrimarySilo { get; set; }

    /// <summary>
    /// Where the membership is kept: <c>localhost</c> (Orleans' development clustering, kept by the primary silo) or
    /// <c>kubernetes</c> (a ClusterMembership object in the Kubernetes API). Default null: <c>kubernetes</c> when the silo
    /// runs in a pod, else <c>localhost</c>.
    /// </summary>
    public string? Membership { get; set; }

    /// <summary>
    /// With <c>kubernetes</c> membership outside a pod, the address the silo advertises to the others (and listens on, on
    /// all interfaces). Default null: 127.0.0.1, for silos on one machine. In a pod the pod's IP (POD_IP) is advertised.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Names the cluster (and, with <c>kubernetes</c> membership, its ClusterMembership object); silos join only silos with the same id. Default <c>orleanslife</c>.</summary>
    public string ClusterId { get; set; } = "orleanslife";

    /// <summary>Names the service, which outlives cluster ids. Default <c>orleanslife</c>.</summary>
    public string ServiceId { get; set; } = "orleanslife";

    /// <summary><see cref="Membership"/> decided: as set, else <c>kubernetes</c> in a pod (<paramref name="inPod"/>), else <c>localhost</c>.</summary>
    public LifeMembership MembershipFor(bool inPod) =>
        string.IsNullOrWhiteSpace(Membership) ? (inPod ? LifeMembership.Kubernetes : LifeMembership.Localhost) : Enum.Parse<LifeMembership>(Membership, ignoreCase: true);

    /// <summary>The primary's endpoint, parsed; null when this silo is its own primary.</summary>
    public IPEndPoint? PrimaryEndpoint => string.IsNullOrWhiteSpace(PrimarySilo) ? null : IPEndPoint.Parse(PrimarySilo);
}
