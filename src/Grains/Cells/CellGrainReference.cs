using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Cells;

/// <summary>The caller's side of <see cref="ICellGrain"/>: each method becomes a message (what Orleans would generate).</summary>
internal sealed class CellGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), ICellGrain
{
    private static readonly OneWayMethod<ICellGrain, GenerationTick> SeedMethod =
        new("cell.seed", static (cell, tick) => { cell.Seed(tick); return default; });

    private static readonly OneWayMethod<ICellGrain> AddNeighbourMethod =
        new("cell.add-neighbour", static (cell, generation, epoch) => cell.AddNeighbour(generation, epoch));

    private static readonly OneWayMethod<ICellGrain, GenerationTick> DecideMethod =
        new("cell.decide", static (cell, tick) => { cell.Decide(tick); return default; });

    private static readonly OneWayMethod<ICellGrain> RetireMethod =
        new("cell.retire", static (cell, epoch, _) => cell.Retire(epoch));

    private static readonly CallMethod<ICellGrain, Unit, bool> IsAliveMethod =
        new("cell.is-alive", static (cell, _) => cell.IsAliveAsync());

    public void Seed(GenerationTick tick) => Send(SeedMethod, tick);

    public void AddNeighbour(long generation, long epoch) => Send(AddNeighbourMethod, generation, epoch);

    public void Decide(GenerationTick tick) => Send(DecideMethod, tick);

    public void Retire(long epoch) => Send(RetireMethod, epoch);

    public Task<bool> IsAliveAsync() => CallAsync(IsAliveMethod, Unit.Value);
}
