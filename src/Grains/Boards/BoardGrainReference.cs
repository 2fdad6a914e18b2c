using OrleansLife.Grains.Regions;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Boards;

/// <summary>The caller's side of <see cref="IBoardGrain"/>: each method becomes a message (what Orleans would generate).</summary>
internal sealed class BoardGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), IBoardGrain
{
    public Task<BoardSnapshot> CreateAsync(BoardDefinition definition) => CallAsync(BoardMethods.Create, definition);

    public Task<BoardSnapshot> GetAsync() => CallAsync(BoardMethods.Get, Unit.Value);

    public Task<BoardSnapshot> StepAsync(int generations) => CallAsync(BoardMethods.Step, generations);

    public Task<BoardSnapshot> PauseAsync() => CallAsync(BoardMethods.Pause, Unit.Value);

    public Task<BoardSnapshot> ResumeAsync() => CallAsync(BoardMethods.Resume, Unit.Value);

    public Task<BoardSnapshot> ReconfigureAsync(BoardSettings settings) => CallAsync(BoardMethods.Reconfigure, settings);

    public Task DeleteAsync() => CallAsync(BoardMethods.Delete, Unit.Value);

    public void RegionDecided(RegionReport report) => Send(BoardMethods.RegionDecided, report);

    public void PodsShown(PodsShown report) => Send(BoardMethods.PodsShown, report);

    public void EmptyRoundDone(long epoch, long generation) => Send(BoardMethods.EmptyRoundDone, epoch, generation);
}
