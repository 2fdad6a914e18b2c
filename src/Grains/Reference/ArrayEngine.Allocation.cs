using System.Diagnostics.CodeAnalysis;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Reference;

public sealed partial class ArrayEngine
{
    // Free space kept around an unbounded pattern, so the array is rebuilt only now and then as the pattern spreads.
    // Empty space costs the sparse sweep nothing, so the margin can be generous.
    private const int MinimumMargin = 16;
    private const int MarginDivisor = 4;

    /// <summary>Bounded board or torus: the array is the board.</summary>
    [MemberNotNull(nameof(_cells), nameof(_next), nameof(_first), nameof(_last), nameof(_nextFirst), nameof(_nextLast))]
    private void Allocate(int width, int height, List<Coordinate> initial)
    {
        _originX = 0;
        _originY = 0;
        CreateArrays(width, height);
        foreach (var cell in initial)
        {
            if ((uint)cell.X >= (uint)width || (uint)cell.Y >= (uint)height)
                throw new ArgumentOutOfRangeException(nameof(initial), cell, $"Cell {cell} lies outside the {width}×{height} board.");
            Population += Place(cell) ? 1 : 0;
        }
    }

    /// <summary>Unbounded plane: an array around the frame and the initial cells, with a margin.</summary>
    [MemberNotNull(nameof(_cells), nameof(_next), nameof(_first), nameof(_last), nameof(_nextFirst), nameof(_nextLast))]
    private void Allocate(List<Coordinate> initial)
    {
        int minX = 0, minY = 0, maxX = Width - 1, maxY = Height - 1;
        foreach (var cell in initial)
        {
            minX = Math.Min(minX, cell.X);
            minY = Math.Min(minY, cell.Y);
            maxX = Math.Max(maxX, cell.X);
            maxY = Math.Max(maxY, cell.Y);
        }

        Frame(minX, minY, maxX, maxY);
        foreach (var cell in initial) Population += Place(cell) ? 1 : 0;
    }

    /// <summary>
    /// Moves the live cells, which lie in array rows <paramref name="top"/>..<paramref name="bottom"/> and columns
    /// <paramref name="left"/>..<paramref name="right"/>, into new arrays with a margin all round.
    /// </summary>
    private void Reallocate(int top, int bottom, int left, int right)
    {
        var cells = _cells;
        var first = _first;
        var last = _last;
        int originX = _originX, originY = _originY;
        Frame(originX + left - 1, originY + top - 1, originX + right - 1, originY + bottom - 1);
        for (var row = top; row <= bottom; row++)
            for (var column = first[row]; column <= last[row]; column++)
                if (cells[row, column]) Place(new Coordinate(originX + column - 1, originY + row - 1));
    }

    /// <summary>Fresh, empty arrays covering the given board rectangle plus a margin proportional to its size.</summary>
    [MemberNotNull(nameof(_cells), nameof(_next), nameof(_first), nameof(_last), nameof(_nextFirst), nameof(_nextLast))]
    private void Frame(int minX, int minY, int maxX, int maxY)
    {
        var margin = Math.Max(MinimumMargin, Math.Max(maxX - minX, maxY - minY) / MarginDivisor);
        _originX = minX - margin;
        _originY = minY - margin;
        CreateArrays(maxX - minX + 1 + 2 * margin, maxY - minY + 1 + 2 * margin);
    }

    [MemberNotNull(nameof(_cells), nameof(_next), nameof(_first), nameof(_last), nameof(_nextFirst), nameof(_nextLast))]
    private void CreateArrays(int columns, int rows)
    {
        _columns = columns;
        _rows = rows;
        _cells = new bool[rows + 2, columns + 2];
        _next = new bool[rows + 2, columns + 2];
        _first = EmptySpans(rows + 2, int.MaxValue);
        _last = EmptySpans(rows + 2, int.MinValue);
        _nextFirst = EmptySpans(rows + 2, int.MaxValue);
        _nextLast = EmptySpans(rows + 2, int.MinValue);
    }

    private static int[] EmptySpans(int length, int value)
    {
        var spans = new int[length];
        Array.Fill(spans, value);
        return spans;
    }

    /// <summary>Sets the cell alive; false when it already was (the initial cells may repeat).</summary>
    private bool Place(Coordinate cell)
    {
        int row = cell.Y - _originY + 1, column = cell.X - _originX + 1;
        if (_cells[row, column]) return false;

        _cells[row, column] = true;
        _first[row] = Math.Min(_first[row], column);
        _last[row] = Math.Max(_last[row], column);
        return true;
    }
}
