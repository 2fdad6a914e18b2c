using OrleansLife.Grains.Regions;
using OrleansLife.Runtime.Messaging;

namespace OrleansLife.Grains.Boards;

/// <summary>The messages of <see cref="IBoardGrain"/> (what Orleans would generate next to the interface).</summary>
internal static class BoardMethods
{
    public const string GrainTypeName = "board";

    // Creating and stepping answer once the cells have reported, which takes later turns of the board itself.
    public static readonly CallMethod<IBoardGrain, BoardDefinition, BoardSnapshot> Create =
        new("board.create", static (board, definition) => board.CreateAsync(definition), completesLater: true);

    public static readonly CallMethod<IBoardGrain, int, BoardSnapshot> Step =
        new("board.step", static (board, generations) => board.StepAsync(generations), completesLater: true);

    public static readonly CallMethod<IBoardGrain, Unit, BoardSnapshot> Get =
        new("board.get", static (board, _) => board.GetAsync());

    public static readonly CallMethod<IBoardGrain, Unit, BoardSnapshot> Pause =
        new("board.pause", static (board, _) => board.PauseAsync());

    public static readonly CallMethod<IBoardGrain, Unit, BoardSnapshot> Resume =
        new("board.resume", static (board, _) => board.ResumeAsync());

    public static readonly CallMethod<IBoardGrain, BoardSettings, BoardSnapshot> Reconfigure =
        new("board.reconfigure", static (board, settings) => board.ReconfigureAsync(settings));

    public static readonly CallMethod<IBoardGrain, Unit, Unit> Delete =
        new("board.delete", static async (board, _) => { await board.DeleteAsync().ConfigureAwait(false); return Unit.Value; });

    public static readonly OneWayMethod<IBoardGrain, RegionReport> RegionDecided =
        new("board.region-decided", static (board, report) => { board.RegionDecided(report); return default; });

    public static readonly OneWayMethod<IBoardGrain, PodsShown> PodsShown =
        new("board.pods-shown", static (board, report) => { board.PodsShown(report); return default; });

    public static readonly OneWayMethod<IBoardGrain> EmptyRoundDone =
        new("board.empty-round-done", static (board, epoch, generation) => board.EmptyRoundDone(epoch, generation));

    public static readonly GrainMethod[] All = [Create, Step, Get, Pause, Resume, Reconfigure, Delete, RegionDecided, PodsShown, EmptyRoundDone];
}
