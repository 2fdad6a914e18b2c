using System.Diagnostics;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// Counting a board's pods: a tally per board, brought up to date pod by pod whenever a pod's desired state, cached
/// state or expected state changes, so that a pass of the loop does not recount a board of thousands of pods.
/// </summary>
public sealed partial class BoardPodReconciler
{
    private static readonly Dictionary<string, Coordinate> NoCells = [];

    private readonly Dictionary<string, CellTally> _tallies = new(StringComparer.Ordinal);
    // What each pod adds, and to which boards' tallies: usually one, but a pod's label may name another board than the
    // one that wants it, and then it counts for both.
    private readonly Dictionary<string, List<(string Board, CellTally Part)>> _parts = new(StringComparer.Ordinal);

    /// <summary>A board's pods by what the reconciler believes of each: desired ones, and any other of the board.</summary>
    private CellCounts Count(string board)
    {
        var counts = _tallies.GetValueOrDefault(board).Counts(DesiredOf(board).Count);
        CheckTally(board, counts);
        return counts;
    }

    /// <summary>Brings the tallies up to date after something about the pod of this name changed for <paramref name="board"/>.</summary>
    private void Recount(string name, string board)
    {
        var indexed = _index.BoardOf(name);
        var expected = _expectations.GetValueOrDefault(name)?.Board;
        List<(string Board, CellTally Part)>? parts = null;
        _parts.Remove(name, out var old);
        foreach (var (counted, part) in old ?? []) Add(counted, default(CellTally) - part);
        Consider(board);
        foreach (var (counted, _) in old ?? []) Consider(counted);
        if (indexed is not null) Consider(indexed);
        if (expected is not null) Consider(expected);
        if (parts is not null) _parts[name] = parts;

        void Consider(string candidate)
        {
            if (parts?.Exists(p => p.Board == candidate) == true || PartOf(name, candidate, indexed, expected) is not { } part) return;
            (parts ??= []).Add((candidate, part));
            Add(candidate, part);
        }
    }

    /// <summary>Counts every desired pod again, after a restart forgot the cache and the expectations.</summary>
    private void RecountAll()
    {
        _tallies.Clear();
        _parts.Clear();
        foreach (var state in _boards.Values)
        {
            foreach (var name in state.Desired.Keys) Recount(name, state.Name);
        }
    }

    /// <summary>What the pod of this name adds to a board's tally, or null if it is not the board's.</summary>
    private CellTally? PartOf(string name, string board, string? indexed, string? expected)
    {
        var wanted = DesiredOf(board).ContainsKey(name);
        // A board's pods: those it wants, those the cache files under it, and those it wrote that the cache has not shown.
        if (!wanted && indexed != board && (expected != board || indexed is not null)) return null;
        var (state, _) = Effective(name);
        var running = state == CellPodState.Present && _index.TryGet(name, out var pod) && PodIndex.IsRunning(pod);
        var exists = state is CellPodState.Present or CellPodState.Finished;
        return new CellTally(
            Existing: exists ? 1 : 0,
            Running: running ? 1 : 0,
            Terminating: state == CellPodState.Terminating && indexed is not null ? 1 : 0,
            WantedMissing: wanted && state != CellPodState.Present ? 1 : 0,
            WantedNotRunning: wanted && !running ? 1 : 0,
            Extras: !wanted && exists ? 1 : 0);
    }

    private void Add(string board, CellTally part)
    {
        var sum = _tallies.GetValueOrDefault(board) + part;
        if (sum == default) _tallies.Remove(board);
        else _tallies[board] = sum;
    }

    private Dictionary<string, Coordinate> DesiredOf(string board) => _boards.GetValueOrDefault(board)?.Desired ?? NoCells;

    /// <summary>In debug builds (the tests'), counts the board afresh, pod by pod, and fails loudly if the tally strayed.</summary>
    [Conditional("DEBUG")]
    private void CheckTally(string board, CellCounts counts)
    {
        var desired = DesiredOf(board);
        var fresh = default(CellTally);
        foreach (var name in desired.Keys.Concat(_index.NamesOf(board)).Concat(_expectations.Keys).Distinct())
        {
            if (PartOf(name, board, _index.BoardOf(name), _expectations.GetValueOrDefault(name)?.Board) is { } part) fresh += part;
        }

        if (fresh.Counts(desired.Count) != counts)
            throw new InvalidOperationException($"The pod tally of board {board} strayed: {counts}, counted afresh {fresh.Counts(desired.Count)}.");
    }
}
