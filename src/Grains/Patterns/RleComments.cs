using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Patterns;

/// <summary>Collects the <c>#</c> lines that precede an RLE header: <c>#N</c> name, <c>#C</c>/<c>#c</c> comments, <c>#O</c> author, <c>#r</c> rule.</summary>
/// <remarks><c>#P</c>/<c>#R</c> (XLife's placement) and letters nobody defined are skipped: they say nothing about the cells.</remarks>
internal sealed class RleComments
{
    private readonly List<string> _descriptionLines = [];
    private string? _ruleText;
    private int _ruleLine;

    public string? Name { get; private set; }

    public string? Author { get; private set; }

    public string? Description => _descriptionLines.Count == 0 ? null : string.Join('\n', _descriptionLines);

    /// <summary>Takes one trimmed line that is blank or starts with '#'.</summary>
    public void Add(string line, int lineNumber)
    {
        if (line.Length < 2) return;
        var content = line[2..].Trim();
        switch (line[1])
        {
            case 'N':
                Name ??= content;
                break;
            case 'C' or 'c':
                _descriptionLines.Add(content);
                break;
            case 'O':
                Author ??= content;
                break;
            case 'r':
                _ruleText = content;
                _ruleLine = lineNumber;
                break;
        }
    }

    /// <summary>The rule of a <c>#r</c> line (S/B form such as "23/3", or B/S), or null when there was none.</summary>
    public LifeRule? ParseRule()
    {
        if (_ruleText is null) return null;
        return LifeRule.TryParse(_ruleText, out var rule, out var error)
            ? rule
            : throw new PatternFormatException(_ruleLine, 3, $"unsupported rule in the #r line: {error}");
    }
}
