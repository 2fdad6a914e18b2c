using System.Collections.Concurrent;
using OrleansLife.Grains.Boards;
using OrleansLife.Operator.Events;

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
    private readonly ConcurrentDictionary<string, (string Uid, Grains.Boards.BoardState State, int Rebuilds)> _observed =
        new(StringComparer.Ordinal);

    private void Observe(string name, string uid, BoardSnapshot board) => _observed[name] = (uid, board.State, board.Rebuilds);

    /// <summary>Records what the board did by itself since it was last observed.</summary>
    private void RecordTransitions(string name, string uid, bool paused, BoardSnapshot board)
    {
        if (_observed.TryGetValue(name, out var before) && before.Uid == uid)
        {
            if (board.State == Grains.Boards.BoardState.Completed && before.State != Grains.Boards.BoardState.Completed)
                RecordEvent(name, uid, Normal, BoardEvents.Completed, $"Reached generation {board.Generation}, the board's maxGenerations.");
            // A board pauses by itself only when a generation's pods are refused, and then says why; a pause asked for
            // changes the spec first (which the controller or its informer knows) and leaves no message.
            if (board is { State: Grains.Boards.BoardState.Paused, Message: { } why } && before.State == Grains.Boards.BoardState.Running
                && !paused && !SpecPaused(name))
                RecordEvent(name, uid, Warning, BoardEvents.PodCapReached, why);
            if (board.Rebuilds > before.Rebuilds)
            {
                RecordEvent(name, uid, Warning, BoardEvents.CellsRebuilt,
                    $"A generation failed, most often because a silo was lost with cells on it; the board rebuilt its cells from generation {board.Generation} ({board.Rebuilds} rebuilds so far).");
            }
        }

        Observe(name, uid, board);
    }

    private bool SpecPaused(string name) => _informer.TryGet(name, Namespace, out var current) && current.Spec?.Paused == true;

    private void RecordEvent(string name, string uid, string type, string reason, string message) =>
        _events?.Record(BoardEvents.Reference(Namespace, name, uid), type, reason, message);

    private static string StateWords(BoardSnapshot board) => board.State switch
    {
        Grains.Boards.BoardState.Paused => "paused",
        Grains.Boards.BoardState.Completed => "completed",
        _ => "running",
    };
}
