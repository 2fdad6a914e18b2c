using System.Globalization;
using System.Text;

namespace OrleansLife.Grains.Patterns;

/// <summary>Appends RLE tokens (an optional run count and a tag) and breaks lines between tokens, never inside one.</summary>
internal sealed class RleLineWrapper(StringBuilder text, int maxLineLength)
{
    private int _lineLength;

    public void Append(int count, char tag)
    {
        var token = count == 1 ? tag.ToString() : count.ToString(CultureInfo.InvariantCulture) + tag;
        if (_lineLength > 0 && _lineLength + token.Length > maxLineLength)
        {
            text.Append('\n');
            _lineLength = 0;
        }

        text.Append(token);
        _lineLength += token.Length;
    }
}
