using OrleansLife.Grains.Cells;

namespace OrleansLife.Operator.Tests.Testing;

/// <summary>Conway's Life (B3/S23) on the unbounded plane, small and obvious, as the tests' source of live cells.</summary>
internal static class Life
{
    /// <summary>The glider heading down and right, its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static IReadOnlySet<Coordinate> Glider(int x, int y) => Parse(x, y, ".O.", "..O", "OOO");

    /// <summary>The R-pentomino, which grows chaotically for over a thousand generations.</summary>
    public static IReadOnlySet<Coordinate> RPentomino(int x, int y) => Parse(x, y, ".OO", "OO.", ".O.");

    public static IReadOnlySet<Coordinate> Parse(int x, int y, params string[] rows)
    {
        var cells = new HashSet<Coordinate>();
        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < rows[row].Length; column++)
            {
                if (rows[row][column] == 'O') cells.Add(new Coordinate(x + column, y + row));
            }
        }

        return cells;
    }

    public static IReadOnlySet<Coordinate> Step(IReadOnlySet<Coordinate> live)
    {
        var neighbours = new Dictionary<Coordinate, int>();
        foreach (var cell in live)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                for (var dx = -1; dx <= 1; dx++)
                {
                    if (dx != 0 || dy != 0) neighbours[cell.Offset(dx, dy)] = neighbours.GetValueOrDefault(cell.Offset(dx, dy)) + 1;
                }
            }
        }

        return neighbours.Where(n => n.Value == 3 || (n.Value == 2 && live.Contains(n.Key))).Select(n => n.Key).ToHashSet();
    }

    /// <summary>Generations 0 to <paramref name="last"/> of <paramref name="start"/>.</summary>
    public static IReadOnlyList<IReadOnlySet<Coordinate>> Run(IReadOnlySet<Coordinate> start, int last)
    {
        var generations = new List<IReadOnlySet<Coordinate>> { start };
        while (generations.Count <= last) generations.Add(Step(generations[^1]));
        return generations;
    }
}
