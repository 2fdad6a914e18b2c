namespace OrleansLife.Operator.Leadership;

/// <summary>
/// How silos agree which one plays the boards: the holder of a coordination.k8s.io Lease, renewed while it leads.
/// Defaults as client-go's leader election: a 15 s lease, a 10 s renew deadline, a try every 2 s.
/// </summary>
public sealed class LeaderElectionOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "LeaderElection";

    /// <summary>The Lease, in the boards' namespace. Default <c>orleanslife-boards</c>.</summary>
    public string LeaseName { get; set; } = "orleanslife-boards";

    /// <summary>How long a lease not renewed keeps others out; a silo that dies is replaced after at most this. Default 15 s.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the leader keeps trying to renew before it stands down. Default 10 s; less than the lease.</summary>
    public TimeSpan RenewDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a candidate tries to acquire, and the leader renews. Default 2 s.</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>This silo's name in the lease. Default: the host name and a random suffix, unique per process.</summary>
    public string? Identity { get; set; }
}
