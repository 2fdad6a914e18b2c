namespace OrleansLife.Bench.Pods;

/// <summary>How a pod benchmark talks to the emulator: the client's rate limit, the reconciler's writes in flight,
/// the latency the emulator adds to every request, and how long a deleted pod stays Terminating there.</summary>
/// <param name="Qps">The client's sustained requests per second (<c>KubeClientOptions.Qps</c>).</param>
/// <param name="Burst">The client's token bucket size (<c>KubeClientOptions.Burst</c>).</param>
/// <param name="MaxConcurrentWrites">The reconciler's writes in flight (<c>BoardPodReconcilerOptions.MaxConcurrentWrites</c>).</param>
/// <param name="RequestLatency">Added by the emulator before it answers any request (<c>Faults.RequestLatency</c>).</param>
/// <param name="PodTermination">The emulator's cap on Terminating (<c>MaxPodTerminationDelay</c>); null keeps its default,
/// under which a cell pod terminates for its 1 s grace period.</param>
public sealed record PodRigSettings(double Qps, int Burst, int MaxConcurrentWrites, TimeSpan RequestLatency, TimeSpan? PodTermination = null)
{
    /// <summary>The client's own defaults (50 QPS, burst 100) and the reconciler's (16 writes in flight).</summary>
    public static readonly PodRigSettings Defaults = new(50, 100, 16, TimeSpan.Zero);

    /// <summary>A limit for the embedded emulator, where the client's limit guards nothing but the emulator itself.</summary>
    public static readonly PodRigSettings Embedded = new(5000, 1000, 16, TimeSpan.Zero);

    public override string ToString()
    {
        var termination = PodTermination is { } cap ? $", terminating ≤ {cap.TotalMilliseconds:F0} ms" : "";
        return $"QPS {Qps:F0}, burst {Burst}, {MaxConcurrentWrites} in flight, +{RequestLatency.TotalMilliseconds:F0} ms{termination}";
    }
}
