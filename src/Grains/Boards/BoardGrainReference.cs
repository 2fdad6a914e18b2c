using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Messaging;
using OrleansLife.Runtime.References;

namespace OrleansLife.Grains.Boards;

/// <summary>The caller's side of <see cref="IBoardGrain"/>: each method becomes a message (what Orleans would generate).</summary>
internal sealed class BoardGrainReference(GrainId id, IGrainRuntime runtime) : GrainReference(id, runtime), IBoardGrain
{
    // Creating and stepping answer once the cells have reported, which takes later turns of the board itself.
    private static readonly CallMethod<IBoardGrain, BoardDefinition, BoardSnapshot> CreateMethod =
        new("board.create", static (board, definition) => board.CreateAsync(definition), completesLater: true);

    private static readonly CallMethod<IBoardGrain, int, BoardSnapshot> StepMethod =
        new("board.step", static (board, generations) => board.StepAsync(generations), completesLater: true);

    private static readonly CallMethod<IBoardGrain, Unit, BoardSnapshot> GetMethod =
        new("board.get", static (board, _) => board.GetAsync());

    private static readonly CallMethod<IBoardGrain, Unit, BoardSnapshot> PauseMethod =
        new("board.pause", static (board, _) => board.PauseAsync());

    private static readonly CallMethod<IBoardGrain, Unit, BoardSnapshot> ResumeMethod =
        new("board.resume", static (board, _) => board.ResumeAsync());

    private static readonly CallMethod<IBoardGrain, Unit, Unit> DeleteMethod =
        new("board.delete", static async (board, _) => { await board.DeleteAsync().ConfigureAwait(false); return Unit.Value; });

    private static readonly OneWayMethod<IBoardGrain> CellDecidedMethod =
        new("board.cell-decided", static (board, cell, report) => board.CellDecided(cell, report));

    public Task<BoardSnapshot> CreateAsync(BoardDefinition definition) => CallAsync(CreateMethod, definition);

    public Task<BoardSnapshot> GetAsync() => CallAsync(GetMethod, Unit.Value);

    public Task<BoardSnapshot> StepAsync(int generations) => CallAsync(StepMethod, generations);

    public Task<BoardSnapshot> PauseAsync() => CallAsync(PauseMethod, Unit.Value);

    public Task<BoardSnapshot> ResumeAsync() => CallAsync(ResumeMethod, Unit.Value);

    public Task DeleteAsync() => CallAsync(DeleteMethod, Unit.Value);

    public void CellDecided(long cell, long report) => Send(CellDecidedMethod, cell, report);
}
