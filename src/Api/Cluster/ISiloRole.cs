namespace OrleansLife.Api.Cluster;

/// <summary>
/// Whether this silo plays the boards. Optional: with Kubernetes the silos elect one (the Operator's leader election
/// registers one of these); without, every silo plays its own boards and is <see cref="SiloRole.Alone"/>.
/// </summary>
public interface ISiloRole
{
    /// <summary>The role now.</summary>
    SiloRole Read();
}
