using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Placement;

/// <summary>A cluster of one: every grain lives on this silo.</summary>
public sealed class LocalPlacement(SiloAddress local) : IGrainPlacement
{
    public SiloAddress Place(in GrainId grain) => local;
}
