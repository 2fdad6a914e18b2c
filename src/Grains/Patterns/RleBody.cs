using OrleansLife.Grains.Cells;

namespace OrleansLife.Grains.Patterns;

/// <summary>Decodes the run-length data after an RLE header, one character at a time, knowing where each one stands.</summary>
internal sealed class RleBody(RleHeader header)
{
    private const string Expected = "a run count, 'b' (dead), 'o' (alive), '$' (end of row) or '!' (end of pattern)";

    // Long, so that many long dead runs past the declared width cannot overflow before a live cell is checked.
    private long _x;
    private long _y;
    private int _count;
    private bool _countClosed;
    private int _countLine;
    private int _countColumn;

    public List<Coordinate> Cells { get; } = [];

    /// <summary>Takes the next character; true once the closing '!' has been read.</summary>
    public bool Accept(char c, int line, int column)
    {
        if (c is >= '0' and <= '9')
        {
            AddDigit(c, line, column);
            return false;
        }

        if (char.IsWhiteSpace(c))
        {
            _countClosed = _count > 0;
            return false;
        }

        switch (c)
        {
            case 'b' or '.':
                _x += TakeCount();
                return false;
            case 'o' or 'A':
                AddLiveRun(TakeCount(), line, column);
                return false;
            case '$':
                _y += TakeCount();
                _x = 0;
                return false;
            case '!' when _count > 0:
                throw new PatternFormatException(line, column,
                    $"the run count {_count} (at column {_countColumn}) must be followed by 'b', 'o' or '$', not '!'.");
            case '!':
                return true;
            default:
                throw new PatternFormatException(line, column, $"unexpected character {PatternText.Quote(c)}; expected {Expected}.");
        }
    }

    public void ThrowMissingTerminator(int line, int column)
    {
        if (_count > 0)
            throw new PatternFormatException(_countLine, _countColumn,
                $"the run count {_count} is not followed by 'b', 'o' or '$' before the text ends.");
        throw new PatternFormatException(line, column, "the pattern data ends without the closing '!'; was the text cut short?");
    }

    private void AddDigit(char digit, int line, int column)
    {
        if (_countClosed)
            throw new PatternFormatException(line, column,
                $"expected 'b', 'o' or '$' after the run count {_count} (at line {_countLine}, column {_countColumn}), found another number.");
        if (_count == 0)
        {
            if (digit == '0') throw new PatternFormatException(line, column, "a run count must be at least 1.");
            _countLine = line;
            _countColumn = column;
        }

        _count = _count * 10 + (digit - '0');
        if (_count > Pattern.MaxSide)
            throw new PatternFormatException(_countLine, _countColumn, $"the run count is larger than {Pattern.MaxSide}, the largest pattern side.");
    }

    private int TakeCount()
    {
        var count = Math.Max(_count, 1);
        _count = 0;
        _countClosed = false;
        return count;
    }

    private void AddLiveRun(int count, int line, int column)
    {
        if (_y >= header.Height)
            throw new PatternFormatException(line, column,
                $"a live cell in row {_y + 1} lies below the declared height y = {header.Height}.");
        if (_x + count > header.Width)
            throw new PatternFormatException(line, column,
                $"live cells reach column {_x + count} of row {_y + 1}, beyond the declared width x = {header.Width}.");
        if (Cells.Count + count > Pattern.MaxPopulation)
            throw new PatternFormatException(line, column, $"the pattern has more than {Pattern.MaxPopulation} live cells.");

        for (var i = 0; i < count; i++) Cells.Add(new Coordinate((int)_x + i, (int)_y));
        _x += count;
    }
}
