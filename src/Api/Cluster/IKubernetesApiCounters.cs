namespace OrleansLife.Api.Cluster;

/// <summary>
/// Where the sampler reads this silo's traffic with the Kubernetes API from. Optional: the pods feature registers one
/// (over its client's metrics); without it the cluster view shows Kubernetes as not connected.
/// </summary>
public interface IKubernetesApiCounters
{
    /// <summary>The totals since the silo started; the sampler turns their differences into rates.</summary>
    KubernetesApiTotals Read();
}
