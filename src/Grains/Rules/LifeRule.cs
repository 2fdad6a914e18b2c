using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace OrleansLife.Grains.Rules;

/// <summary>
/// A life-like cellular automaton rule in B/S notation ("B3/S23" is Conway's Life, "B36/S23" HighLife).
/// Also reads the older S/B form ("23/3") that RLE files often carry.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(LifeRuleJsonConverter))]
[GenerateSerializer, Immutable, Alias("life-rule")]
public sealed record LifeRule
{
    /// <summary>Conway's Game of Life.</summary>
    public static readonly LifeRule Conway = Parse("B3/S23");

    // Bit n set means "n live neighbours" triggers the transition; masks make a decision one AND.
    [Id(0)] private readonly int _birthMask;
    [Id(1)] private readonly int _survivalMask;

    private LifeRule(int birthMask, int survivalMask)
    {
        _birthMask = birthMask;
        _survivalMask = survivalMask;
    }

    public bool IsBorn(int liveNeighbours) => (_birthMask >> liveNeighbours & 1) != 0;

    public bool Survives(int liveNeighbours) => (_survivalMask >> liveNeighbours & 1) != 0;

    /// <summary>The next state of a cell with the given state and number of live neighbours.</summary>
    public bool Next(bool alive, int liveNeighbours) => alive ? Survives(liveNeighbours) : IsBorn(liveNeighbours);

    public static LifeRule Parse(string text) =>
        TryParse(text, out var rule, out var error) ? rule : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out LifeRule? rule, [NotNullWhen(false)] out string? error)
    {
        rule = null;
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length != 2)
        {
            error = $"'{text}' is not a rule in B/S notation such as B3/S23.";
            return false;
        }

        string? births = null, survivals = null;
        foreach (var part in parts)
        {
            if (part.StartsWith('B') || part.StartsWith('b')) births = part[1..];
            else if (part.StartsWith('S') || part.StartsWith('s')) survivals = part[1..];
        }

        // The S/B form "23/3" names survival first and has no letters.
        if (births is null && survivals is null)
        {
            survivals = parts[0];
            births = parts[1];
        }

        if (births is null || survivals is null
            || !TryDigits(births, out var birthMask) || !TryDigits(survivals, out var survivalMask))
        {
            error = $"'{text}' is not a rule in B/S notation such as B3/S23 (digits 0-8 after B and S).";
            return false;
        }

        rule = new LifeRule(birthMask, survivalMask);
        error = null;
        return true;
    }

    private static bool TryDigits(string digits, out int mask)
    {
        mask = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '8') return false;
            mask |= 1 << (c - '0');
        }
        return true;
    }

    public override string ToString()
    {
        var text = new StringBuilder("B");
        AppendDigits(text, _birthMask);
        text.Append("/S");
        AppendDigits(text, _survivalMask);
        return text.ToString();
    }

    private static void AppendDigits(StringBuilder text, int mask)
    {
        for (var n = 0; n <= 8; n++)
            if ((mask >> n & 1) != 0) text.Append((char)('0' + n));
    }
}
