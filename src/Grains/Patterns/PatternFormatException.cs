namespace OrleansLife.Grains.Patterns;

/// <summary>
/// Pattern text that cannot be read. The message names the line and column and says what was expected there,
/// because API users see it as-is and must be able to fix their file from it alone.
/// </summary>
public sealed class PatternFormatException : FormatException
{
    public PatternFormatException()
    {
    }

    public PatternFormatException(string message)
        : base(message)
    {
    }

    public PatternFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="line">1-based line of the problem.</param>
    /// <param name="column">1-based column of the problem.</param>
    /// <param name="problem">What is wrong and what was expected, as a sentence.</param>
    public PatternFormatException(int line, int column, string problem)
        : base($"Line {line}, column {column}: {problem}")
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the problem; 0 when the exception was made without a position.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem; 0 when the exception was made without a position.</summary>
    public int Column { get; }
}
