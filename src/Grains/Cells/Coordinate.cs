namespace OrleansLife.Grains.Cells;

/// <summary>A cell's position on a board: x grows to the right, y grows downwards.</summary>
[GenerateSerializer, Immutable, Alias("coordinate")]
public readonly record struct Coordinate([property: Id(0)] int X, [property: Id(1)] int Y)
{
    /// <summary>By row, then by column: the order in which the API lists cells.</summary>
    public static readonly IComparer<Coordinate> ReadingOrder =
        Comparer<Coordinate>.Create((a, b) => a.Y != b.Y ? a.Y.CompareTo(b.Y) : a.X.CompareTo(b.X));

    public Coordinate Offset(int dx, int dy) => new(X + dx, Y + dy);

    public override string ToString() => $"({X},{Y})";
}
