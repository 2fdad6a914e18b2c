using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Reference;

/// <summary>
/// A deliberately plain Life engine on a two-dimensional <c>bool</c> array: the oracle that randomized tests hold the
/// grain engine against, and the benchmark's baseline. It handles the board's edges itself rather than through
/// <see cref="BoardGeometry"/>, so that a mistake there cannot hide by being made in both engines.
/// </summary>
/// <remarks>
/// Bounded: cells beyond the edges are dead. Torus: edges wrap (width and height at least 3, as on the grain board).
/// Unbounded: the array grows as the pattern spreads, keeping the caller's coordinates, which may become negative;
/// width and height only frame the initial cells.
/// </remarks>
public sealed partial class ArrayEngine
{
    private const int MinimumTorusSide = 3;

    // Index of a cell's next state: (alive ? 9 : 0) + live neighbours. One lookup instead of two rule calls per cell.
    private readonly bool[] _transition = new bool[18];

    // Both buffers are [row, column] with a one-cell ring around the cells, so the inner loop never tests an edge:
    // the ring stays dead (bounded, unbounded) or holds a copy of the opposite edge (torus).
    private bool[,] _cells;
    private bool[,] _next;
    private int _columns;
    private int _rows;

    // First and last live column of each array row (first > last when the row is empty), for both buffers.
    // They let the unbounded plane skip the empty space its escaping gliders leave behind.
    private int[] _first;
    private int[] _last;
    private int[] _nextFirst;
    private int[] _nextLast;

    // Board coordinate of array index [1, 1]: (0,0) on a bounded board or torus, wherever the array has moved when unbounded.
    private int _originX;
    private int _originY;

    public ArrayEngine(int width, int height, Topology topology, LifeRule rule, IEnumerable<Coordinate> initial)
    {
        var minimumSide = topology == Topology.Torus ? MinimumTorusSide : 1;
        ArgumentOutOfRangeException.ThrowIfLessThan(width, minimumSide);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, minimumSide);
        if (!Enum.IsDefined(topology)) throw new ArgumentOutOfRangeException(nameof(topology), topology, "Unknown topology.");
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(initial);
        if (topology == Topology.Unbounded && rule.IsBorn(0))
            throw new ArgumentException($"Rule {rule} brings empty space to life, which on an unbounded plane means infinitely many cells.", nameof(rule));

        Width = width;
        Height = height;
        Topology = topology;
        Rule = rule;
        for (var neighbours = 0; neighbours <= 8; neighbours++)
        {
            _transition[neighbours] = rule.IsBorn(neighbours);
            _transition[9 + neighbours] = rule.Survives(neighbours);
        }

        var cells = initial.ToList();
        if (topology == Topology.Unbounded) Allocate(cells);
        else Allocate(width, height, cells);
    }

    /// <summary>The board's width; on the unbounded plane, the width of the frame the initial cells were given in.</summary>
    public int Width { get; }

    public int Height { get; }

    public Topology Topology { get; }

    public LifeRule Rule { get; }

    public long Generation { get; private set; }

    public int Population { get; private set; }

    /// <summary>Cells that came to life in the last <see cref="Step()"/>; 0 before the first.</summary>
    public int LastBirths { get; private set; }

    /// <summary>Cells that died in the last <see cref="Step()"/>; 0 before the first.</summary>
    public int LastDeaths { get; private set; }

    /// <summary>Whether the cell is alive; cells off a bounded board or torus are dead.</summary>
    public bool IsAlive(Coordinate cell)
    {
        long column = (long)cell.X - _originX + 1, row = (long)cell.Y - _originY + 1;
        return column >= 1 && column <= _columns && row >= 1 && row <= _rows && _cells[row, column];
    }

    /// <summary>The live cells in <see cref="Coordinate.ReadingOrder"/>.</summary>
    public IReadOnlyList<Coordinate> LiveCells()
    {
        var live = new List<Coordinate>(Population);
        for (var row = 1; row <= _rows; row++)
            for (var column = _first[row]; column <= _last[row]; column++)
                if (_cells[row, column]) live.Add(new Coordinate(_originX + column - 1, _originY + row - 1));
        return live;
    }

    /// <summary>Advances <paramref name="generations"/> generations.</summary>
    public void Step(int generations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generations);
        for (var i = 0; i < generations; i++) Step();
    }
}
