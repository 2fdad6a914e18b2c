using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OrleansLife.Grains.Cells;

namespace OrleansLife.Operator.Pods;

/// <summary>
/// Names a live cell's pod after its board and coordinate, and reads them back. A coordinate is written in decimal,
/// with <c>m</c> ("minus") for a negative sign, because '-' may not start a label value and separates the name's parts:
/// <list type="bullet">
/// <item><c>(3, 12)</c> on board <c>life</c> is <c>life-3-12</c>;</item>
/// <item><c>(-3, 12)</c> is <c>life-m3-12</c>;</item>
/// <item><c>(3, -12)</c> is <c>life-3m12</c> and <c>(-3, -12)</c> is <c>life-m3m12</c>: a negative y's <c>m</c>
/// stands in for the separator before it.</item>
/// </list>
/// Sharing that separator is what keeps every name a DNS-1123 label of at most 63 characters: with a board name of
/// <see cref="Grains.Boards.Specs.BoardNames.MaxLength"/> (40) characters, even <c>(int.MinValue, int.MinValue)</c> adds
/// only <c>-m2147483648m2147483648</c> (23). The mapping is a bijection: names are read from the end, so a board name
/// may itself contain digits, <c>m</c> and <c>-</c>.
/// </summary>
public static class CellPodNames
{
    /// <summary>The longest name Kubernetes accepts as a DNS-1123 label (and as a pod's hostname).</summary>
    public const int MaxLength = 63;

    /// <summary>The pod name of <paramref name="cell"/> on <paramref name="board"/>, such as <c>life-m3-12</c>.</summary>
    public static string For(string board, Coordinate cell)
    {
        ArgumentException.ThrowIfNullOrEmpty(board);
        var y = cell.Y < 0 ? Encode(cell.Y) : "-" + Encode(cell.Y);
        return $"{board}-{Encode(cell.X)}{y}";
    }

    /// <summary>A coordinate as a label value: decimal digits, with a leading <c>m</c> when negative (<c>-3</c> is <c>m3</c>).</summary>
    public static string Encode(int value) => value < 0
        ? "m" + (-(long)value).ToString(CultureInfo.InvariantCulture)
        : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a value written by <see cref="Encode"/>; rejects anything <see cref="Encode"/> would not write
    /// (leading zeros, <c>m0</c>, overflow), so every name stands for exactly one cell.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var negative = text.StartsWith("m", StringComparison.Ordinal);
        var digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > 10 || (digits.Length > 1 && digits[0] == '0') || (negative && digits is "0")) return false;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
        }

        var magnitude = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var signed = negative ? -magnitude : magnitude;
        if (signed is < int.MinValue or > int.MaxValue) return false;
        value = (int)signed;
        return true;
    }

    /// <summary>Splits a name written by <see cref="For"/> into its board and cell.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out string? board, out Coordinate cell)
    {
        (board, cell) = (null, default);
        if (string.IsNullOrEmpty(name)) return false;
        var span = name.AsSpan();
        // y: the trailing digits, after '-' (y >= 0) or 'm' (y < 0, the sign doubling as separator).
        var yStart = StartOfDigits(span, span.Length);
        if (yStart == span.Length || yStart == 0 || span[yStart - 1] is not ('-' or 'm')) return false;
        var yNegative = span[yStart - 1] == 'm';
        if (!TryDecode(span[(yNegative ? yStart - 1 : yStart)..], out var y)) return false;

        // x: the digits before that, after '-' (x >= 0) or "-m" (x < 0); the board is what precedes.
        var xEnd = yStart - 1;
        var xStart = StartOfDigits(span, xEnd);
        if (xStart <= 0 || xStart == xEnd) return false;
        var xNegative = span[xStart - 1] == 'm';
        var separator = xNegative ? xStart - 2 : xStart - 1;
        if (separator < 1 || span[separator] != '-') return false;
        if (!TryDecode(span[(xNegative ? xStart - 1 : xStart)..xEnd], out var x)) return false;

        board = name[..separator];
        cell = new Coordinate(x, y);
        return For(board, cell) == name;
    }

    /// <summary>Where the run of digits ending just before <paramref name="end"/> starts (equal to it when there is none).</summary>
    private static int StartOfDigits(ReadOnlySpan<char> span, int end)
    {
        var start = end;
        while (start > 0 && span[start - 1] is >= '0' and <= '9') start--;
        return start;
    }
}
