using System.Collections.Concurrent;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>
/// Pods that only remember: every declaration, wait and forgetting, per board, for a test to read as they happen.
/// A board's waits complete at once with true, unless the test holds them (<see cref="BoardPodsRecord.Held"/>) and
/// answers each itself.
/// </summary>
public sealed class RecordingBoardPods : IBoardPods
{
    private readonly ConcurrentDictionary<string, BoardPodsRecord> _boards = new(StringComparer.Ordinal);

    /// <summary>What <see cref="CheckCap"/> answers; by default every count fits.</summary>
    public Func<string, int, string?> Cap { get; set; } = static (_, _) => null;

    /// <summary>The names and counts <see cref="CheckCap"/> was asked about, oldest first.</summary>
    public ConcurrentQueue<(string Board, int Count)> CapChecks { get; } = new();

    /// <summary>What the pods heard from <paramref name="board"/>.</summary>
    public BoardPodsRecord Of(string board) => _boards.GetOrAdd(board, static _ => new BoardPodsRecord());

    public string? CheckCap(string board, int count)
    {
        CapChecks.Enqueue((board, count));
        return Cap(board, count);
    }

    public string? Declare(string board, long generation, IReadOnlyCollection<Coordinate> live, string? ownerUid)
    {
        // The board hands over its own set, which it changes next generation: keep a copy, in reading order.
        var cells = live.ToArray();
        Array.Sort(cells, Coordinate.ReadingOrder);
        return Of(board).Add(new PodDeclaration(generation, cells, ownerUid));
    }

    public Task<bool> WhenShownAsync(string board, long generation, bool waitForRunning, TimeSpan timeout) =>
        Of(board).Wait(new PodWait(generation, waitForRunning, timeout));

    public BoardPodCounts? GetCounts(string board) => Of(board).Counts;

    public CellPod? GetPod(string board, Coordinate cell) => null;

    public void Forget(string board) => Of(board).Forget();
}
