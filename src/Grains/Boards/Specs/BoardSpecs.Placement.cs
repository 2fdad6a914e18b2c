using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Boards.Specs;

public static partial class BoardSpecs
{
    // On the unbounded plane a cell's neighbours must still have coordinates, so the outermost ints stay empty.
    private const long PlaneMin = int.MinValue + 1L;
    private const long PlaneMax = int.MaxValue - 1L;

    private static IReadOnlyList<Coordinate>? Place(StartState start, BoardGeometry board, BoardSpec spec, BoardLimits limits, SpecErrors errors)
    {
        var placed = start switch
        {
            { Random: { } random } => Fill(random, board, spec, limits, errors),
            { Cells: { } cells } => Shift(cells, board, spec.OffsetX ?? 0, spec.OffsetY ?? 0, limits, errors),
            _ => Stamp(start.Field, start.Pattern!, board, spec.OffsetX, spec.OffsetY, errors),
        };
        if (placed is null || placed.Count <= limits.MaxInitialCells) return placed;

        var field = start.Random is null ? start.Field : SpecFields.RandomDensity;
        errors.Add(field, $"The start state has {placed.Count} live cells; at most {limits.MaxInitialCells} may start alive.");
        return null;
    }

    /// <summary>Puts a pattern's box at the offsets, or in the middle of the board when they are not given.</summary>
    private static IReadOnlyList<Coordinate>? Stamp(string field, Pattern pattern, BoardGeometry board, int? offsetX, int? offsetY, SpecErrors errors)
    {
        var confined = board.Topology != Topology.Unbounded;
        if (confined && (pattern.Width > board.Width || pattern.Height > board.Height))
        {
            errors.Add(field, $"The pattern is {pattern.Width}×{pattern.Height} cells, larger than the {board.Width}×{board.Height} board.");
            return null;
        }

        var x = offsetX ?? (board.Width - pattern.Width) / 2;
        var y = offsetY ?? (board.Height - pattern.Height) / 2;
        var fits = CheckOffset(SpecFields.OffsetX, x, pattern.Width, board.Width, pattern, board, errors)
            & CheckOffset(SpecFields.OffsetY, y, pattern.Height, board.Height, pattern, board, errors);
        return fits ? pattern.Translate(x, y) : null;
    }

    /// <summary>Checks one offset of a pattern <paramref name="size"/> cells across on a board <paramref name="boardSize"/> across.</summary>
    private static bool CheckOffset(string field, int offset, int size, int boardSize, Pattern pattern, BoardGeometry board, SpecErrors errors)
    {
        if (board.Topology != Topology.Unbounded && (offset < 0 || offset > boardSize - size))
        {
            errors.Add(field,
                $"The {field} must be from 0 to {boardSize - size} for the {pattern.Width}×{pattern.Height} pattern to fit on the {board.Width}×{board.Height} board; it is {offset}.");
            return false;
        }

        if (board.Topology == Topology.Unbounded && (offset < PlaneMin || offset + (long)size - 1 > PlaneMax))
        {
            errors.Add(field, $"The {field} puts the pattern past the edge of the plane's coordinates (±{PlaneMax}).");
            return false;
        }

        return true;
    }

    /// <summary>Moves explicit cells by the offsets; on a bounded board or a torus each must land on the board.</summary>
    private static IReadOnlyList<Coordinate>? Shift(IReadOnlyList<Coordinate> cells, BoardGeometry board, int dx, int dy, BoardLimits limits, SpecErrors errors)
    {
        if (cells.Count > limits.MaxInitialCells)
        {
            errors.Add(SpecFields.Cells, $"{cells.Count} cells are given; at most {limits.MaxInitialCells} may start alive.");
            return null;
        }

        var confined = board.Topology != Topology.Unbounded;
        var placed = new Coordinate[cells.Count];
        var bad = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            long x = cells[i].X + (long)dx, y = cells[i].Y + (long)dy;
            var inside = confined
                ? x >= 0 && x < board.Width && y >= 0 && y < board.Height
                : x is >= PlaneMin and <= PlaneMax && y is >= PlaneMin and <= PlaneMax;
            if (inside)
            {
                placed[i] = new Coordinate((int)x, (int)y);
                continue;
            }

            if (bad++ >= MaxCellErrors) continue;
            var moved = dx == 0 && dy == 0 ? "" : $", moved by the offsets to [{x}, {y}],";
            errors.Add(SpecFields.Cell(i), confined
                ? $"The cell [{cells[i].X}, {cells[i].Y}]{moved} lies outside the {board.Width}×{board.Height} board (x from 0 to {board.Width - 1}, y from 0 to {board.Height - 1})."
                : $"The cell [{cells[i].X}, {cells[i].Y}]{moved} lies past the edge of the plane's coordinates (±{PlaneMax}).");
        }

        if (bad > MaxCellErrors) errors.Add(SpecFields.Cells, $"{bad} cells lie outside the board; the first {MaxCellErrors} are listed.");
        // A cell listed twice is still one cell; the board expects each to be seeded once.
        return bad == 0 ? [.. placed.Distinct()] : null;
    }

    /// <summary>A random soup over the whole board (on the unbounded plane, over the width × height frame at the origin).</summary>
    private static IReadOnlyList<Coordinate>? Fill(RandomFillSpec random, BoardGeometry board, BoardSpec spec, BoardLimits limits, SpecErrors errors)
    {
        if (spec.OffsetX is not null) errors.Add(SpecFields.OffsetX, "A random fill covers the whole board, so it takes no offset.");
        if (spec.OffsetY is not null) errors.Add(SpecFields.OffsetY, "A random fill covers the whole board, so it takes no offset.");

        var area = (long)board.Width * board.Height;
        if (area > RandomFill.MaxArea)
        {
            errors.Add(SpecFields.Random, $"A random fill covers the whole board, at most {RandomFill.MaxArea} cells; this board has {area}.");
            return null;
        }

        // Drawing millions of cells only to refuse them would waste the silo's time; the expected count decides early.
        var density = random.Density!.Value;
        var expected = density * area;
        if (expected > limits.MaxInitialCells)
        {
            errors.Add(SpecFields.RandomDensity,
                $"A density of {density} on a {board.Width}×{board.Height} board gives about {expected:0} live cells; at most {limits.MaxInitialCells} may start alive.");
            return null;
        }

        if (errors.Any) return null;
        var seed = random.Seed is { } given ? unchecked((ulong)given) : SeedFrom(spec.Name ?? "");
        return RandomFill.Generate(board.Width, board.Height, density, seed);
    }

    /// <summary>FNV-1a of the name: stable across processes and .NET versions, unlike string.GetHashCode.</summary>
    private static ulong SeedFrom(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
