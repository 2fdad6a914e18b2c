namespace OrleansLife.Grains.Patterns;

/// <summary>One door for uploaded pattern text: picks the reader for the declared format.</summary>
public static class PatternReader
{
    /// <exception cref="PatternFormatException">The text is not a valid pattern in that format.</exception>
    public static Pattern Read(PatternFormat format, string text) => format switch
    {
        PatternFormat.Rle => RleReader.Read(text),
        PatternFormat.Plaintext => PlaintextReader.Read(text),
        PatternFormat.Grid => GridFileReader.Read(text),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown pattern format."),
    };
}
