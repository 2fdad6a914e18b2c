namespace OrleansLife.Operator.Reconciliation;

/// <summary>The safety caps: at most so many pods per board and per namespace.</summary>
public sealed partial class BoardPodReconciler
{
    private PodCapCheck CheckCap(string board, int count)
    {
        if (count > _options.MaxPodsPerBoard)
        {
            return new PodCapCheck(true,
                $"Board '{board}' would need {count} pods, but the operator allows at most {_options.MaxPodsPerBoard} per board.");
        }

        var others = 0;
        foreach (var state in _boards.Values)
        {
            if (state.Name != board) others += state.LatestCount;
        }

        // Pods of boards nobody has declared (yet) take room too.
        foreach (var other in _index.Boards)
        {
            if (other != board && !_boards.ContainsKey(other)) others += _index.NamesOf(other).Count;
        }

        return others + count > _options.MaxPodsPerNamespace
            ? new PodCapCheck(true,
                $"Board '{board}' would need {count} pods and other boards have {others} in namespace '{Namespace}', "
                + $"but the operator allows at most {_options.MaxPodsPerNamespace} there.")
            : PodCapCheck.Within;
    }
}
