using OrleansLife.Api.Cluster;
using OrleansLife.Operator.Client;

namespace OrleansLife.Silo.Kubernetes;

/// <summary>The cluster view's Kubernetes API counts, read from the silo's Kubernetes client.</summary>
internal sealed class KubeClientApiCounters(KubeClientMetrics metrics) : IKubernetesApiCounters
{
    public KubernetesApiTotals Read() => new(metrics.CallsByVerb.Values.Sum(), metrics.Throttled, metrics.WatchRestarts);
}
