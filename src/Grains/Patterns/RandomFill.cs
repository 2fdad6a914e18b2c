using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Patterns;

/// <summary>
/// A random soup: each cell of a box is alive with a given probability. The same seed gives the same cells on every
/// platform, because the numbers come from <see cref="SplitMix64"/>, drawn one per cell in reading order.
/// </summary>
public static class RandomFill
{
    /// <summary>Most cells a box may have (width × height), so a request cannot keep a silo busy drawing numbers.</summary>
    public const long MaxArea = 1L << 24;

    /// <summary>The live cells of a <paramref name="width"/> × <paramref name="height"/> box, in reading order.</summary>
    /// <param name="density">Probability that a cell is alive, from 0 (none) to 1 (all).</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative, the box exceeds <see cref="MaxArea"/>, or the density lies outside [0, 1].</exception>
    public static IReadOnlyList<Coordinate> Generate(int width, int height, double density, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        if ((long)width * height > MaxArea)
            throw new ArgumentOutOfRangeException(nameof(height), height, $"A {width}×{height} box has more than {MaxArea} cells.");
        if (!(density is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(density), density, "The density must lie between 0 and 1.");

        var random = new SplitMix64(seed);
        var cells = new List<Coordinate>();
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                if (random.NextDouble() < density) cells.Add(new Coordinate(x, y));
        return cells.AsReadOnly();
    }
}
