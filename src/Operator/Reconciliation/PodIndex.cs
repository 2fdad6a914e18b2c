using k8s;
using k8s.Models;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Watching;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// The reconciler's view of the cell pods that exist, fed by the informer's changes in order, and indexed by board.
/// A pod belongs to the board its <see cref="CellPodLabels.Board"/> label names, or else the one its name does.
/// </summary>
internal sealed class PodIndex
{
    private static readonly HashSet<string> NoNames = [];

    private readonly Dictionary<string, (string Board, V1Pod Pod)> _pods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byBoard = new(StringComparer.Ordinal);

    public int Count => _pods.Count;

    public IEnumerable<string> Boards => _byBoard.Keys;

    public IReadOnlySet<string> NamesOf(string board) => _byBoard.GetValueOrDefault(board) ?? NoNames;

    /// <summary>The board the pod of this name is indexed under, if there is such a pod.</summary>
    public string? BoardOf(string name) => _pods.TryGetValue(name, out var entry) ? entry.Board : null;

    public bool TryGet(string name, out V1Pod pod)
    {
        var found = _pods.TryGetValue(name, out var entry);
        pod = entry.Pod;
        return found;
    }

    /// <summary>Applies one change; returns the pod's board, or null for a change that is not about a cell pod.</summary>
    public string? Apply(WatchEvent<V1Pod> change, out string name)
    {
        name = change.Object?.Metadata.Name ?? "";
        if (change.Object is not { } pod || name.Length == 0 || BoardOf(pod) is not { } board) return null;
        Remove(name);
        if (change.Type is WatchEventType.Added or WatchEventType.Modified)
        {
            _pods[name] = (board, pod);
            if (!_byBoard.TryGetValue(board, out var names)) _byBoard[board] = names = new HashSet<string>(StringComparer.Ordinal);
            names.Add(name);
        }

        return board;
    }

    public void Clear()
    {
        _pods.Clear();
        _byBoard.Clear();
    }

    public static bool IsTerminating(V1Pod pod) => pod.Metadata.DeletionTimestamp is not null;

    public static bool IsFinished(V1Pod pod) => pod.Status?.Phase is "Succeeded" or "Failed";

    public static bool IsRunning(V1Pod pod) => pod.Status?.Phase == "Running" && !IsTerminating(pod);

    private static string? BoardOf(V1Pod pod) =>
        pod.Metadata.Labels?.TryGetValue(CellPodLabels.Board, out var board) == true && board.Length > 0
            ? board
            : CellPodNames.TryParse(pod.Metadata.Name, out var parsed, out _) ? parsed : null;

    private void Remove(string name)
    {
        if (!_pods.Remove(name, out var old)) return;
        var names = _byBoard[old.Board];
        names.Remove(name);
        if (names.Count == 0) _byBoard.Remove(old.Board);
    }
}
