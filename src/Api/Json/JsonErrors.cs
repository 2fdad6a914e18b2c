using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OrleansLife.Api.Json;

/// <summary>
/// Explains a <see cref="JsonException"/> in the request's own terms: which field, and what it should have been
/// ("must be a whole number"), found by following the exception's JSON path through the expected type.
/// </summary>
internal static class JsonErrors
{
    public static (string Field, string Message) Describe(JsonException error, JsonTypeInfo root)
    {
        var path = error.Path ?? "$";
        var field = path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..];
        var where = error.LineNumber is { } line ? $" (line {line + 1}, byte {error.BytePositionInLine + 1})" : "";

        // The reader's own exception inside means the text is not JSON at all; its message says what it expected.
        if (error.InnerException is JsonException syntax) return (field, $"The body is not valid JSON{where}: {WithoutPosition(syntax.Message)}");

        var segments = JsonPathSegments.Parse(path);
        var current = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            JsonTypeInfo? next = null;
            if (segment.Name is { } name && current.Kind == JsonTypeInfoKind.Object)
            {
                var property = current.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (property is null)
                {
                    var owner = i == 0 ? "this request" : $"'{JsonPathSegments.Format(segments, i)}'";
                    return (field, $"'{name}' is not a field of {owner}; its fields are {string.Join(", ", current.Properties.Select(p => p.Name))}.");
                }

                next = current.Options.GetTypeInfo(property.PropertyType);
            }
            else if (segment.Name is null && current is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element })
            {
                next = current.Options.GetTypeInfo(element);
            }

            if (next is null) return (field, $"'{field}' does not have the expected shape{where}.");
            current = next;
        }

        var subject = field == "$" ? "The body" : $"'{field}'";
        return (field, $"{subject} must be {Expectation(current)}{where}.");
    }

    private static string Expectation(JsonTypeInfo type) => (Nullable.GetUnderlyingType(type.Type) ?? type.Type) switch
    {
        var t when t == typeof(int) => $"a whole number from {int.MinValue} to {int.MaxValue}",
        var t when t == typeof(long) => $"a whole number from {long.MinValue} to {long.MaxValue}",
        var t when t == typeof(double) => "a number",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(string) => "a string",
        _ when type.Kind == JsonTypeInfoKind.Enumerable => "an array",
        _ when type.Kind == JsonTypeInfoKind.Object => "an object",
        _ => "a value of another kind",
    };

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut].TrimEnd(' ', '|');
    }
}
