using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.CustomResources;

/// <summary>
/// The "simple" JSONPath the API server allows in additionalPrinterColumns and selectableFields: a chain of
/// <c>.field</c> steps and <c>[index]</c> subscripts, optionally wrapped in braces, such as <c>.status.conditions[0].type</c>.
/// </summary>
internal static class SimpleJsonPath
{
    public static JsonNode? Evaluate(JsonNode? root, string path)
    {
        var text = path.Trim();
        if (text.StartsWith('{') && text.EndsWith('}')) text = text[1..^1];
        var node = root;
        foreach (var step in Steps(text))
        {
            node = step switch
            {
                int index when node is JsonArray array => index >= 0 && index < array.Count ? array[index] : null,
                string field when node is JsonObject obj => obj[field],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>The dotted field path of a simple JSONPath, as field selectors name it: <c>.spec.color</c> is <c>spec.color</c>.</summary>
    public static string ToFieldPath(string path) => path.Trim().Trim('{', '}').TrimStart('.');

    private static IEnumerable<object> Steps(string text)
    {
        foreach (var segment in text.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var field = bracket < 0 ? segment : segment[..bracket];
            if (field.Length > 0) yield return field;
            while (bracket >= 0)
            {
                var close = segment.IndexOf(']', bracket);
                if (close < 0) yield break;
                var inside = segment[(bracket + 1)..close].Trim('\'', '"');
                yield return int.TryParse(inside, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : inside;
                bracket = segment.IndexOf('[', close);
            }
        }
    }
}
