using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// How the operator works an API emulator embedded in the silo, whose requests cost the silo's own cores rather than a
/// shared API server's: the client may push it hard, while the pod writes keep to a budget that leaves the game its speed.
/// Settings still win over these.
/// </summary>
public static class EmbeddedEmulatorDefaults
{
    /// <summary>Requests per second: the emulator has no other clients to protect. Real clusters keep the client's 50.</summary>
    public const double Qps = 5000;

    /// <summary>Requests at once before <see cref="Qps"/> applies. Real clusters keep the client's 100.</summary>
    public const int Burst = 1000;

    /// <summary>
    /// Pod writes per second. A pod costs its create, its delete and five watch events, encoded and decoded on both
    /// sides, about 2 ms of the two cores in all; unbudgeted, a flat-out board made up to 3,000 writes a second and lost
    /// 60 % of its speed to them. At 300 the pods' side takes about a sixth of the two cores, and a flat-out board keeps
    /// three quarters of its speed (BENCHMARKS.md); a real API server and scheduler take new pods at a few hundred a second.
    /// </summary>
    public const double MaxWritesPerSecond = 300;

    /// <summary>Pod writes at once before <see cref="MaxWritesPerSecond"/> applies.</summary>
    public const int WriteBurst = 100;

    /// <summary>Emulated pods cost a little memory and no node: a board may grow to 2,000 (acorn peaks at 1,057 live cells).</summary>
    public const int MaxPodsPerBoard = 2000;

    /// <summary>All boards' pods together; a real cluster keeps the reconciler's 2,000.</summary>
    public const int MaxPodsPerNamespace = 10_000;

    /// <summary>Sets the client's rate limit for the emulator.</summary>
    public static void Apply(KubeClientOptions client)
    {
        ArgumentNullException.ThrowIfNull(client);
        (client.Qps, client.Burst) = (Qps, Burst);
    }

    /// <summary>Sets the reconciler's write budget and pod caps for the emulator.</summary>
    public static void Apply(BoardPodReconcilerOptions reconciler)
    {
        ArgumentNullException.ThrowIfNull(reconciler);
        (reconciler.MaxWritesPerSecond, reconciler.WriteBurst) = (MaxWritesPerSecond, WriteBurst);
        (reconciler.MaxPodsPerBoard, reconciler.MaxPodsPerNamespace) = (MaxPodsPerBoard, MaxPodsPerNamespace);
    }
}
