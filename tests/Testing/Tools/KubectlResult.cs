using System.Text.RegularExpressions;

namespace OrleansLife.Testing.Tools;

/// <summary>What a kubectl run printed, and its exit code.</summary>
public sealed partial record KubectlResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The output lines with trailing blanks trimmed, as a table reads.</summary>
    public string[] Lines => Stdout.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()).ToArray();

    /// <summary>Lines with the last column (AGE) replaced by <c>&lt;age&gt;</c>, for tables whose age depends on the clock.</summary>
    public string[] LinesWithoutAge => Lines.Select(l => TrailingAge().Replace(l, "<age>")).ToArray();

    [GeneratedRegex(@"(?<=\s)(\d+[smhdy])+$")]
    private static partial Regex TrailingAge();
}
