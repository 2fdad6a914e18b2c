using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Placement;

/// <summary>Decides which silo owns a grain. Every message asks it, so implementations must be fast and allocation-free.</summary>
public interface IGrainPlacement
{
    SiloAddress Place(in GrainId grain);
}
