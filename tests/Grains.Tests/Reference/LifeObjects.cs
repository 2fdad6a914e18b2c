using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Tests.Reference;

/// <summary>
/// Splits a generation into objects and checks the LifeWiki sense of "stable": the pattern resolves into still lifes,
/// oscillators and escaping gliders. Here that is tested as: four generations later every object is back in place,
/// except 5-cell objects that have moved one cell diagonally (a glider's displacement per period).
/// </summary>
internal static class LifeObjects
{
    // Cells farther apart than this cannot influence each other within one generation.
    private const int Separation = 2;

    /// <summary>Groups cells into objects: cells within <see cref="Separation"/> of each other (any direction) belong together.</summary>
    public static List<HashSet<Coordinate>> Split(IEnumerable<Coordinate> cells)
    {
        var remaining = cells.ToHashSet();
        var objects = new List<HashSet<Coordinate>>();
        while (remaining.Count > 0)
        {
            var start = remaining.First();
            remaining.Remove(start);
            var found = new HashSet<Coordinate> { start };
            var pending = new Stack<Coordinate>([start]);
            while (pending.TryPop(out var cell))
            {
                for (var dy = -Separation; dy <= Separation; dy++)
                    for (var dx = -Separation; dx <= Separation; dx++)
                    {
                        var near = cell.Offset(dx, dy);
                        if (remaining.Remove(near))
                        {
                            found.Add(near);
                            pending.Push(near);
                        }
                    }
            }

            objects.Add(found);
        }

        return objects;
    }

    /// <summary>
    /// The number of gliders when <paramref name="later"/> (four generations after <paramref name="now"/>) is
    /// <paramref name="now"/> with every object in place but gliders moved one cell diagonally; null when it is not.
    /// </summary>
    public static int? GlidersIfStable(IReadOnlyList<Coordinate> now, IReadOnlyList<Coordinate> later)
    {
        var laterSet = later.ToHashSet();
        var expected = new HashSet<Coordinate>();
        var gliders = 0;
        foreach (var item in Split(now))
        {
            var moved = item.Count == 5 && !item.IsSubsetOf(laterSet) ? DiagonalMove(item, laterSet) : null;
            if (moved is not null) gliders++;
            expected.UnionWith(moved ?? item);
        }

        return expected.SetEquals(laterSet) ? gliders : null;
    }

    private static HashSet<Coordinate>? DiagonalMove(HashSet<Coordinate> item, HashSet<Coordinate> later)
    {
        foreach (var (dx, dy) in new[] { (1, 1), (1, -1), (-1, 1), (-1, -1) })
        {
            var moved = item.Select(cell => cell.Offset(dx, dy)).ToHashSet();
            if (moved.IsSubsetOf(later)) return moved;
        }

        return null;
    }
}
