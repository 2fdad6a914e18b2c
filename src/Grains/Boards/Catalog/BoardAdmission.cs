using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Grains.Boards.Catalog;

/// <summary>The checks a valid board must still pass to start: its first generation must fit under the pod caps.</summary>
public static class BoardAdmission
{
    /// <summary>
    /// Why <paramref name="definition"/> may not start, keyed by the spec field to blame (its start state), or null when
    /// it may. A board refused here would only be paused at generation 0.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]>? Refusal(BoardSpec spec, BoardDefinition definition, IBoardPods pods)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(pods);
        var cells = definition.InitialCells.Count;
        var reason = definition.MaxPods is { } max && cells > max
            ? $"Generation 0 has {cells} live cells, more than the board's maxPods of {max}: each live cell is a pod."
            : pods.CheckCap(definition.Name, cells) is { } cap ? $"Generation 0 has {cells} live cells: {cap}" : null;
        return reason is null ? null : new Dictionary<string, string[]> { [BoardSpecs.StartStateField(spec)] = [reason] };
    }
}
