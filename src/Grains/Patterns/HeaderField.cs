namespace OrleansLife.Grains.Patterns;

/// <summary>One <c>key = value</c> field of an RLE header, remembering where it stands for error messages.</summary>
internal readonly struct HeaderField
{
    private readonly int _lineNumber;
    private readonly int _keyColumn;
    private readonly int _valueColumn;

    public HeaderField(string line, int start, int end, int lineNumber)
    {
        _lineNumber = lineNumber;
        var text = line[start..end];
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var keyText = equals < 0 ? text : text[..equals];
        Key = keyText.Trim();
        _keyColumn = start + (keyText.Length - keyText.TrimStart().Length) + 1;
        if (equals < 0)
        {
            Value = null;
            _valueColumn = start + text.Length + 1;
            return;
        }

        var valueText = text[(equals + 1)..];
        Value = valueText.Trim();
        _valueColumn = start + equals + 1 + (valueText.Length - valueText.TrimStart().Length) + 1;
    }

    public string Key { get; }

    /// <summary>The text after '='; null when the field has no '='.</summary>
    public string? Value { get; }

    public bool IsBlank => Key.Length == 0 && Value is null;

    public bool Is(string key)
    {
        if (!string.Equals(Key, key, StringComparison.OrdinalIgnoreCase)) return false;
        if (Value is null) throw Error($"expected '=' after '{Key}' in the header.");
        return true;
    }

    public PatternFormatException Error(string problem) => new(_lineNumber, _keyColumn, problem);

    public PatternFormatException ValueError(string problem) => new(_lineNumber, _valueColumn, problem);
}
