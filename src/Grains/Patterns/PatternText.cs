namespace OrleansLife.Grains.Patterns;

/// <summary>Line handling shared by the pattern readers: line endings, a leading byte order mark, how to quote a character.</summary>
internal static class PatternText
{
    /// <summary>The text's lines without their endings (LF or CRLF) and without a leading byte order mark.</summary>
    public static string[] Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].EndsWith('\r')) lines[i] = lines[i][..^1];
        return lines;
    }

    /// <summary>The number of lines left once empty lines at the end are dropped (a file's final newline is not a row).</summary>
    public static int CountWithoutTrailingEmpty(IReadOnlyList<string> lines)
    {
        var count = lines.Count;
        while (count > 0 && lines[count - 1].Length == 0) count--;
        return count;
    }

    /// <summary>
    /// A character as a user should see it in an error message: quoted when it is printable ASCII, as U+XXXX when it
    /// cannot be seen, and both ways otherwise (a look-alike such as 'О', Cyrillic, is then told apart from 'O').
    /// </summary>
    public static string Quote(char c) => c switch
    {
        >= ' ' and <= '~' => $"'{c}'",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) => $"U+{(int)c:X4}",
        _ => $"'{c}' (U+{(int)c:X4})",
    };
}
