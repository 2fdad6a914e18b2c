using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Patterns;

/// <summary>
/// A named arrangement of live cells in a <see cref="Width"/> × <see cref="Height"/> box whose top-left corner is (0,0),
/// as read from a pattern file or generated; placing it on a board is the caller's business.
/// </summary>
public sealed record Pattern
{
    /// <summary>Largest width or height a pattern may declare; keeps a tiny upload from describing an absurd board.</summary>
    public const int MaxSide = 1 << 16;

    /// <summary>Most live cells a pattern may have; a run count of a few digits could otherwise ask for billions.</summary>
    public const int MaxPopulation = 1 << 20;

    public Pattern(string name, int width, int height, IEnumerable<Coordinate> cells, LifeRule? rule = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        ArgumentNullException.ThrowIfNull(cells);

        var sorted = cells.ToArray();
        Array.Sort(sorted, Coordinate.ReadingOrder);
        var distinct = 0;
        foreach (var cell in sorted)
        {
            if ((uint)cell.X >= (uint)width || (uint)cell.Y >= (uint)height)
                throw new ArgumentException($"Cell {cell} lies outside the {width}×{height} pattern box.", nameof(cells));
            if (distinct == 0 || sorted[distinct - 1] != cell) sorted[distinct++] = cell;
        }

        Name = name;
        Width = width;
        Height = height;
        Cells = Array.AsReadOnly(sorted[..distinct]);
        Rule = rule;
        Description = description;
    }

    public string Name { get; init; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The live cells, distinct and in <see cref="Coordinate.ReadingOrder"/>.</summary>
    public IReadOnlyList<Coordinate> Cells { get; }

    /// <summary>The rule the pattern was designed for, when its file says; null means "whatever the board runs".</summary>
    public LifeRule? Rule { get; init; }

    public string? Description { get; init; }

    /// <summary>Who found or built the pattern (an RLE file's <c>#O</c> line).</summary>
    public string? Author { get; init; }

    public int Population => Cells.Count;

    /// <summary>The live cells moved by (<paramref name="dx"/>, <paramref name="dy"/>), ready to stamp onto a board.</summary>
    public IReadOnlyList<Coordinate> Translate(int dx, int dy)
    {
        var moved = new Coordinate[Cells.Count];
        for (var i = 0; i < moved.Length; i++) moved[i] = Cells[i].Offset(dx, dy);
        return moved;
    }

    /// <summary>The live cells moved so that the pattern's box sits in the middle of a board of the given size.</summary>
    public IReadOnlyList<Coordinate> CenteredOn(int boardWidth, int boardHeight) =>
        Translate((boardWidth - Width) / 2, (boardHeight - Height) / 2);

    public bool Equals(Pattern? other) =>
        other is not null
        && Name == other.Name
        && Width == other.Width
        && Height == other.Height
        && Rule == other.Rule
        && Description == other.Description
        && Author == other.Author
        && Cells.SequenceEqual(other.Cells);

    public override int GetHashCode() => HashCode.Combine(Name, Width, Height, Population);

    public override string ToString() => $"{Name} ({Width}×{Height}, {Population} cells)";
}
