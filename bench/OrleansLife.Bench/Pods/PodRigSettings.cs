using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Bench.Pods;

/// <summary>How a pod benchmark talks to the emulator: the client's rate limit, the reconciler's writes in flight,
/// the latency the emulator adds to every request, and how long a deleted pod stays Terminating there.</summary>
/// <param name="Qps">The client's sustained requests per second (<c>KubeClientOptions.Qps</c>).</param>
/// <param name="Burst">The client's token bucket size (<c>KubeClientOptions.Burst</c>).</param>
/// <param name="MaxConcurrentWrites">The reconciler's writes in flight (<c>BoardPodReconcilerOptions.MaxConcurrentWrites</c>).</param>
/// <param name="RequestLatency">Added by the emulator before it answers any request (<c>Faults.RequestLatency</c>).</param>
/// <param name="WritesPerSecond">The reconciler's write budget (<c>BoardPodReconcilerOptions.MaxWritesPerSecond</c>, with
/// its burst <c>WriteBurst</c>); null for none, the client's rate limit alone.</param>
/// <param name="PodTermination">The emulator's cap on Terminating (<c>MaxPodTerminationDelay</c>); null keeps its default,
/// under which a cell pod terminates for its 1 s grace period.</param>
public sealed record PodRigSettings(
    double Qps, int Burst, int MaxConcurrentWrites, TimeSpan RequestLatency, double? WritesPerSecond = null, TimeSpan? PodTermination = null)
{
    /// <summary>The client's own defaults (50 QPS, burst 100) and the reconciler's (16 writes in flight, no budget).</summary>
    public static readonly PodRigSettings Defaults = new(50, 100, 16, TimeSpan.Zero);

    /// <summary>As the silo sets up its embedded emulator: a client limit that guards nothing but the emulator, and the
    /// reconciler's write budget (<see cref="EmbeddedEmulatorDefaults"/>).</summary>
    public static readonly PodRigSettings Embedded = new(
        EmbeddedEmulatorDefaults.Qps, EmbeddedEmulatorDefaults.Burst, 16, TimeSpan.Zero, EmbeddedEmulatorDefaults.MaxWritesPerSecond);

    /// <summary>The embedded emulator's client without the write budget: how fast emulator, client and reconciler can go.</summary>
    public static readonly PodRigSettings Capacity = Embedded with { WritesPerSecond = null };

    public override string ToString()
    {
        var budget = WritesPerSecond is { } rate ? $", ≤ {rate:F0} writes/s" : "";
        var termination = PodTermination is { } cap ? $", terminating ≤ {cap.TotalMilliseconds:F0} ms" : "";
        return $"QPS {Qps:F0}, burst {Burst}, {MaxConcurrentWrites} in flight{budget}, +{RequestLatency.TotalMilliseconds:F0} ms{termination}";
    }
}
