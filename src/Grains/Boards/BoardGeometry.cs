using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Boards;

/// <summary>Maps a cell's neighbours onto a board: wrapping on a torus, dropping them past a bounded edge.</summary>
[GenerateSerializer, Immutable, Alias("board-geometry")]
public readonly record struct BoardGeometry([property: Id(0)] int Width, [property: Id(1)] int Height, [property: Id(2)] Topology Topology)
{
    /// <summary>Smallest width and height of a torus: below 3 a cell would be its own neighbour.</summary>
    public const int MinimumTorusSize = 3;

    /// <summary>
    /// Writes the cells adjacent to <paramref name="cell"/> into <paramref name="neighbours"/> (at least 8 long)
    /// and returns how many there are: 8, or fewer at a bounded edge.
    /// </summary>
    public int Neighbours(Coordinate cell, Span<Coordinate> neighbours)
    {
        var count = 0;
        for (var dy = -1; dy <= 1; dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                if ((dx | dy) == 0 || !TryPlace(cell.X + dx, cell.Y + dy, out var neighbour)) continue;
                neighbours[count++] = neighbour;
            }
        }
        return count;
    }

    /// <summary>Places a possibly out-of-range position on the board; false when it falls off a bounded edge.</summary>
    public bool TryPlace(int x, int y, out Coordinate placed)
    {
        switch (Topology)
        {
            case Topology.Torus:
                placed = new Coordinate(Wrap(x, Width), Wrap(y, Height));
                return true;
            case Topology.Bounded:
                placed = new Coordinate(x, y);
                return (uint)x < (uint)Width && (uint)y < (uint)Height;
            default:
                placed = new Coordinate(x, y);
                return true;
        }
    }

    /// <summary>True when the cell lies on the board (always, on the unbounded plane).</summary>
    public bool Contains(Coordinate cell) =>
        Topology == Topology.Unbounded || ((uint)cell.X < (uint)Width && (uint)cell.Y < (uint)Height);

    private static int Wrap(int value, int size)
    {
        var wrapped = value % size;
        return wrapped < 0 ? wrapped + size : wrapped;
    }
}
