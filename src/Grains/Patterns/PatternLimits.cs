namespace OrleansLife.Grains.Patterns;

/// <summary>Applies <see cref="Pattern.MaxSide"/> and <see cref="Pattern.MaxPopulation"/> to patterns read as pictures of their rows.</summary>
internal static class PatternLimits
{
    /// <summary>Throws when row <paramref name="y"/> (0-based), <paramref name="length"/> cells long, would make the pattern too large.</summary>
    public static void CheckRow(int lineNumber, int y, int length)
    {
        if (y >= Pattern.MaxSide)
            throw new PatternFormatException(lineNumber, 1, $"the pattern has more than {Pattern.MaxSide} rows, the most allowed.");
        if (length > Pattern.MaxSide)
            throw new PatternFormatException(lineNumber, Pattern.MaxSide + 1, $"the row is longer than {Pattern.MaxSide} cells, the most allowed.");
    }

    /// <summary>Throws when one more live cell, at the given position, would exceed the population limit.</summary>
    public static void CheckPopulation(int population, int lineNumber, int column)
    {
        if (population >= Pattern.MaxPopulation)
            throw new PatternFormatException(lineNumber, column, $"the pattern has more than {Pattern.MaxPopulation} live cells, the most allowed.");
    }
}
