using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// Board changes carried out on the leader's silo, for a silo that stands by: each change waits for the Board
/// controller to act on it, and only the Lease holder runs the controller. A Service sends requests to any silo, so a
/// standby hands its changes to this grain, which lives with the leader.
/// </summary>
[Alias("board-changes")]
public interface IBoardChangesGrain : IGrainWithIntegerKey
{
    /// <summary>The one activation's key.</summary>
    public const long Key = 0;

    [Alias("create")]
    Task<BoardSnapshot> CreateAsync(BoardSpec spec, BoardDefinition definition);

    [Alias("delete")]
    Task DeleteAsync(string name);

    [Alias("set-paused")]
    Task<BoardSnapshot> SetPausedAsync(string name, bool paused);
}
