using System.Collections.Concurrent;
using OrleansLife.Grains.Boards;
using OrleansLife.Operator.Events;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// The Events about each Board: the controller's own acts (started, resumed, paused, refused) where it does them, and what
/// the board did by itself (completed, paused at a pod cap, rebuilt its cells) as a change between two status writes.
/// </summary>
public sealed partial class BoardController
{
    private const string Normal = "Normal";
    private const string Warning = "Warning";

    // What each board looked like when its status was last read, to tell what changed since.
    private readonly ConcurrentDictionary<string, (string Uid, Grains.Boards.BoardState State, int Rebuilds, bool CapExceeded)> _observed =
        new(StringComparer.Ordinal);

    private void Observe(string name, string uid, BoardSnapshot board, bool capExceeded = false) =>
        _observed[name] = (uid, board.State, board.Rebuilds, capExceeded);

    /// <summary>Records what the board did by itself since it was last observed.</summary>
    private void RecordTransitions(string name, string uid, BoardSnapshot board, BoardPodStatus pods)
    {
        if (_observed.TryGetValue(name, out var before) && before.Uid == uid)
        {
            if (board.State == Grains.Boards.BoardState.Completed && before.State != Grains.Boards.BoardState.Completed)
                RecordEvent(name, uid, Normal, BoardEvents.Completed, $"Reached generation {board.Generation}, the board's maxGenerations.");
            if (pods.CapExceeded && !before.CapExceeded)
                RecordEvent(name, uid, Warning, BoardEvents.PodCapReached, $"{pods.CapMessage} The board paused at generation {board.Generation}.");
            if (board.Rebuilds > before.Rebuilds)
            {
                RecordEvent(name, uid, Warning, BoardEvents.CellsRebuilt,
                    $"A generation failed, most often because a silo was lost with cells on it; the board rebuilt its cells from generation {board.Generation} ({board.Rebuilds} rebuilds so far).");
            }
        }

        Observe(name, uid, board, pods.CapExceeded);
    }

    private void RecordEvent(string name, string uid, string type, string reason, string message) =>
        _events?.Record(BoardEvents.Reference(Namespace, name, uid), type, reason, message);

    private static string StateWords(BoardSnapshot board) => board.State switch
    {
        Grains.Boards.BoardState.Paused => "paused",
        Grains.Boards.BoardState.Completed => "completed",
        _ => "running",
    };
}
