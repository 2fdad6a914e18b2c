using OrleansLife.Grains.Boards;

namespace OrleansLife.Grains.Reference;

public sealed partial class ArrayEngine
{
    /// <summary>Advances one generation: every cell's next state from its current neighbours, all at once.</summary>
    /// <remarks>
    /// A bounded board or torus is swept whole, every generation: the plain baseline the benchmark wants.
    /// The unbounded plane sweeps only around live cells, row by row, because escaping gliders make its array huge
    /// and almost empty; that changes how long a step takes, never its result.
    /// </remarks>
    public void Step()
    {
        if (Topology == Topology.Torus) CopyOppositeEdgesIntoRing();

        var totals = new SweepTotals();
        for (var row = 1; row <= _rows; row++)
        {
            if (Topology != Topology.Unbounded)
            {
                SweepRow(row, 1, _columns, ref totals);
                continue;
            }

            ClearStaleRow(row);
            var from = Math.Min(_first[row - 1], Math.Min(_first[row], _first[row + 1])) - 1;
            var to = Math.Max(_last[row - 1], Math.Max(_last[row], _last[row + 1])) + 1;
            SweepRow(row, Math.Max(from, 1), Math.Min(to, _columns), ref totals);
        }

        (_cells, _next) = (_next, _cells);
        (_first, _nextFirst) = (_nextFirst, _first);
        (_last, _nextLast) = (_nextLast, _last);
        Generation++;
        Population = totals.Population;
        LastBirths = totals.Births;
        LastDeaths = totals.Deaths;

        // A live cell on the array's outermost row or column would next have neighbours in the ring, which is never swept.
        if (Topology == Topology.Unbounded && totals.Population > 0
            && (totals.Top == 1 || totals.Left == 1 || totals.Bottom == _rows || totals.Right == _columns))
            Reallocate(totals.Top, totals.Bottom, totals.Left, totals.Right);
    }

    /// <summary>Writes the next state of columns <paramref name="from"/>..<paramref name="to"/> of one row, and that row's live span.</summary>
    private void SweepRow(int row, int from, int to, ref SweepTotals totals)
    {
        var cells = _cells;
        var next = _next;
        int first = int.MaxValue, last = int.MinValue;
        if (from <= to)
        {
            // Live cells in the three-cell columns west of, at and east of the current cell: sliding this window
            // along the row reads three cells per cell instead of eight.
            var west = ColumnCount(cells, row, from - 1);
            var centre = ColumnCount(cells, row, from);
            for (var column = from; column <= to; column++)
            {
                var east = ColumnCount(cells, row, column + 1);
                var alive = cells[row, column];
                var becomesAlive = _transition[(alive ? 9 : 0) + west + centre + east - (alive ? 1 : 0)];
                next[row, column] = becomesAlive;
                if (becomesAlive)
                {
                    if (first == int.MaxValue) first = column;
                    last = column;
                    totals.Population++;
                    if (!alive) totals.Births++;
                }
                else if (alive)
                {
                    totals.Deaths++;
                }

                west = centre;
                centre = east;
            }
        }

        _nextFirst[row] = first;
        _nextLast[row] = last;
        if (first > last) return;

        totals.Top = Math.Min(totals.Top, row);
        totals.Bottom = row;
        totals.Left = Math.Min(totals.Left, first);
        totals.Right = Math.Max(totals.Right, last);
    }

    /// <summary>Kills what the spare buffer still holds of the generation before last, in one row.</summary>
    private void ClearStaleRow(int row)
    {
        for (var column = _nextFirst[row]; column <= _nextLast[row]; column++) _next[row, column] = false;
    }

    private static int ColumnCount(bool[,] cells, int row, int column) =>
        (cells[row - 1, column] ? 1 : 0) + (cells[row, column] ? 1 : 0) + (cells[row + 1, column] ? 1 : 0);

    private void CopyOppositeEdgesIntoRing()
    {
        var cells = _cells;
        for (var column = 1; column <= _columns; column++)
        {
            cells[0, column] = cells[_rows, column];
            cells[_rows + 1, column] = cells[1, column];
        }

        // Whole ring rows included, so the corners receive the diagonally opposite corner.
        for (var row = 0; row <= _rows + 1; row++)
        {
            cells[row, 0] = cells[row, _columns];
            cells[row, _columns + 1] = cells[row, 1];
        }
    }

    /// <summary>What one sweep counted: population, births, deaths, and the array rows and columns the live cells occupy.</summary>
    private struct SweepTotals()
    {
        public int Population;
        public int Births;
        public int Deaths;
        public int Top = int.MaxValue;
        public int Bottom;
        public int Left = int.MaxValue;
        public int Right;
    }
}
