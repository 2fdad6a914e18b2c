namespace OrleansLife.Api.Cluster;

/// <summary>How often <see cref="ClusterSampler"/> reads the silo, and how many of its samples <see cref="ClusterHistory"/> keeps.</summary>
public sealed class ClusterSamplerOptions
{
    /// <summary>Time between samples; every rate is per second over it. Default 1 second.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Samples kept, newest last; older ones are dropped. Default 100 (with the default interval, 100 seconds of charts).</summary>
    public int Capacity { get; set; } = 100;
}
