namespace OrleansLife.Api.Json;

/// <summary>Splits the JSON paths System.Text.Json reports ("$.cells[1][0]", "$['odd name']") into property names and indexes.</summary>
internal static class JsonPathSegments
{
    /// <summary>One step of a path: a property name, or (when <see cref="Name"/> is null) an array index.</summary>
    public readonly record struct Segment(string? Name, int Index);

    public static IReadOnlyList<Segment> Parse(string path)
    {
        var segments = new List<Segment>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                segments.Add(new Segment(path[(i + 1)..end], 0));
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) break;
                segments.Add(new Segment(path[(i + 2)..end], 0));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), out var index)) break;
                segments.Add(new Segment(null, index));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }

    /// <summary>The first <paramref name="count"/> segments written back as a field key ("random", "cells[2]").</summary>
    public static string Format(IReadOnlyList<Segment> segments, int count)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (segments[i].Name is { } name) text.Append(text.Length == 0 ? "" : ".").Append(name);
            else text.Append('[').Append(segments[i].Index).Append(']');
        }

        return text.ToString();
    }
}
