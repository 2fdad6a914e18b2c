using OrleansLife.Grains.Cells;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Grains.Regions;

/// <summary>The messages of <see cref="IRegionGrain"/>.</summary>
internal static class RegionMethods
{
    public const string GrainTypeName = "region";

    public static readonly GrainType GrainType = new(GrainTypeName);

    public static readonly OneWayMethod<IRegionGrain, RegionSeed> Seed =
        new("region.seed", static (region, seed) => { region.Seed(seed); return default; });

    public static readonly OneWayMethod<IRegionGrain, GenerationTick> Decide =
        new("region.decide", static (region, tick) => { region.Decide(tick); return default; });

    public static readonly OneWayMethod<IRegionGrain> CellDecided =
        new("region.cell-decided", static (region, cell, report) => region.CellDecided(cell, report));

    public static readonly OneWayMethod<IRegionGrain, CoverageDelta> Cover =
        new("region.cover", static (region, delta) => { region.Cover(delta); return default; });

    public static readonly OneWayMethod<IRegionGrain> Clear =
        new("region.clear", static (region, _, _) => region.Clear());

    public static readonly GrainMethod[] All = [Seed, Decide, CellDecided, Cover, Clear];

    public static GrainId Id(long region, string board) => new(GrainType, GrainKey.Compound(region, board));
}
