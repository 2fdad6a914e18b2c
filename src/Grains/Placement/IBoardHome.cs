namespace OrleansLife.Grains.Placement;

/// <summary>
/// Where board grains should live. With Kubernetes that is the silo holding the boards' Lease: it runs the one pod
/// reconciler, so a board there declares its live cells to the only writer of its pods. Without Kubernetes any silo will do.
/// </summary>
public interface IBoardHome
{
    /// <summary>The silo boards belong on now; null when any silo will do, or while none is known (no leader yet).</summary>
    SiloAddress? Find();
}
