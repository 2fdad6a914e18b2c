using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Cells;

/// <summary>The caller's side of <see cref="ICellGrain"/>: each method becomes a message (what Orleans would generate).</summary>
internal sealed class CellGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), ICellGrain
{
    public void Seed(GenerationTick tick) => Send(CellMethods.Seed, tick);

    public void AddNeighbour(long generation, long epoch) => Send(CellMethods.AddNeighbour, generation, epoch);

    public void Decide(GenerationTick tick) => Send(CellMethods.Decide, tick);

    public void Retire(long epoch) => Send(CellMethods.Retire, epoch);

    public Task<bool> IsAliveAsync() => CallAsync(CellMethods.IsAlive, Unit.Value);
}
