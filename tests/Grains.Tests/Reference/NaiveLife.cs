using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Reference;

/// <summary>
/// Life written the slowest, most obvious way (a set of live cells, eight membership tests per cell), to check the
/// array engine's optimisations against.
/// </summary>
internal sealed class NaiveLife(int width, int height, Topology topology, LifeRule rule, IEnumerable<Coordinate> initial)
{
    private HashSet<Coordinate> _live = initial.ToHashSet();

    public IReadOnlyList<Coordinate> LiveCells() => _live.Order(Coordinate.ReadingOrder).ToList();

    public void Step()
    {
        var candidates = topology == Topology.Unbounded
            ? _live.SelectMany(cell => Around(cell).Append(cell)).ToHashSet()
            : Enumerable.Range(0, height).SelectMany(y => Enumerable.Range(0, width).Select(x => new Coordinate(x, y))).ToHashSet();
        _live = candidates.Where(cell => rule.Next(_live.Contains(cell), Around(cell).Count(_live.Contains))).ToHashSet();
    }

    private IEnumerable<Coordinate> Around(Coordinate cell)
    {
        for (var dy = -1; dy <= 1; dy++)
            for (var dx = -1; dx <= 1; dx++)
            {
                if (dx == 0 && dy == 0) continue;
                int x = cell.X + dx, y = cell.Y + dy;
                if (topology == Topology.Torus) yield return new Coordinate((x + width) % width, (y + height) % height);
                else if (topology == Topology.Unbounded || (x >= 0 && x < width && y >= 0 && y < height)) yield return new Coordinate(x, y);
            }
    }
}
