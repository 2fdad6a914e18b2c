using OrleansLife.Grains.Cells;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Regions;

/// <summary>The caller's side of <see cref="IRegionGrain"/>.</summary>
internal sealed class RegionGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), IRegionGrain
{
    public void Seed(RegionSeed seed) => Send(RegionMethods.Seed, seed);

    public void Decide(GenerationTick tick) => Send(RegionMethods.Decide, tick);

    public void CellDecided(long cell, long report) => Send(RegionMethods.CellDecided, cell, report);

    public void Cover(CoverageDelta delta) => Send(RegionMethods.Cover, delta);

    public void Clear() => Send(RegionMethods.Clear);
}
