namespace OrleansLife.Operator.Leadership;

/// <summary>
/// How silos agree which one plays the boards: the holder of a coordination.k8s.io Lease, renewed while it leads.
/// Defaults: an 8 s lease, a 5 s renew deadline, a try every 2 s; shorter than client-go's 15/10/2, so that a board whose
/// leader died resumes within about 10 s. The lease is one small object renewed every 2 s, cheap for any API server.
/// </summary>
public sealed class LeaderElectionOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "LeaderElection";

    /// <summary>The Lease, in the boards' namespace. Default <c>orleanslife-boards</c>.</summary>
    public string LeaseName { get; set; } = "orleanslife-boards";

    /// <summary>How long a lease not renewed keeps others out; a silo that dies is replaced after at most this. Default 8 s.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long the leader keeps trying to renew before it stands down. Default 5 s; less than the lease.</summary>
    public TimeSpan RenewDeadline { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a candidate tries to acquire, and the leader renews. Default 2 s.</summary>
    public TimeSpan RetryPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>This silo's name in the lease. Default: its Orleans silo name (the pod name in Kubernetes), so boards can be homed with the leader.</summary>
    public string? Identity { get; set; }
}
