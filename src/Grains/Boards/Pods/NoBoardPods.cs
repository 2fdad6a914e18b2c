using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards.Pods;

/// <summary>A silo without Kubernetes: boards have no pods, nothing is capped, and nothing is waited for.</summary>
public sealed class NoBoardPods : IBoardPods
{
    public static readonly NoBoardPods Instance = new();

    public string? CheckCap(string board, int count) => null;

    public string? Declare(string board, long generation, IReadOnlyCollection<Coordinate> live, string? ownerUid) => null;

    public Task<bool> WhenShownAsync(string board, long generation, bool waitForRunning, TimeSpan timeout) => Task.FromResult(true);

    public BoardPodCounts? GetCounts(string board) => null;

    public CellPod? GetPod(string board, Coordinate cell) => null;

    public void Forget(string board)
    {
    }
}
