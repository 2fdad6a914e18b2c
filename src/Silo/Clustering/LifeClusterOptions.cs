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

    /// <summary>Names the cluster; silos join only silos with the same id. Default <c>orleanslife</c>.</summary>
    public string ClusterId { get; set; } = "orleanslife";

    /// <summary>Names the service, which outlives cluster ids. Default <c>orleanslife</c>.</summary>
    public string ServiceId { get; set; } = "orleanslife";

    /// <summary>The primary's endpoint, parsed; null when this silo is its own primary.</summary>
    public IPEndPoint? PrimaryEndpoint => string.IsNullOrWhiteSpace(PrimarySilo) ? null : IPEndPoint.Parse(PrimarySilo);
}
