namespace OrleansLife.KubeEmulator.Selectors;

/// <summary>A cursor over selector text that skips blanks between tokens.</summary>
internal sealed class SelectorReader(string text)
{
    private int _position;

    public bool AtEnd
    {
        get
        {
            SkipBlanks();
            return _position >= text.Length;
        }
    }

    public char Peek => AtEnd ? '\0' : text[_position];

    public string Rest => text[Math.Min(_position, text.Length)..];

    public bool TryConsume(char expected)
    {
        if (AtEnd || text[_position] != expected) return false;
        _position++;
        return true;
    }

    public bool TryConsume(string expected)
    {
        if (AtEnd || !text.AsSpan(_position).StartsWith(expected, StringComparison.Ordinal)) return false;
        _position += expected.Length;
        return true;
    }

    /// <summary>Consumes a keyword only when a blank or an opening parenthesis follows it.</summary>
    public bool TryConsumeWord(string word)
    {
        if (AtEnd || !text.AsSpan(_position).StartsWith(word, StringComparison.Ordinal)) return false;
        var next = _position + word.Length;
        if (next < text.Length && !char.IsWhiteSpace(text[next]) && text[next] != '(') return false;
        _position = next;
        return true;
    }

    /// <summary>Reads up to the next operator, comma, parenthesis or blank.</summary>
    public string ReadToken()
    {
        SkipBlanks();
        var start = _position;
        while (_position < text.Length && !IsDelimiter(text[_position])) _position++;
        return text[start.._position];
    }

    private static bool IsDelimiter(char c) => c is ',' or '(' or ')' or '=' or '!' or '<' or '>' || char.IsWhiteSpace(c);

    private void SkipBlanks()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
    }
}
