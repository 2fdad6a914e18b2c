using System.Text;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Selectors;

/// <summary>
/// A parsed <c>fieldSelector</c> such as <c>metadata.name=x,status.phase!=Running</c>, restricted to the fields the
/// resource supports, as the API server restricts it.
/// </summary>
internal sealed class FieldSelector
{
    public static readonly FieldSelector Everything = new([]);

    private static readonly string[] CommonFields = ["metadata.name", "metadata.namespace"];

    private FieldSelector(IReadOnlyList<FieldRequirement> requirements) => Requirements = requirements;

    public IReadOnlyList<FieldRequirement> Requirements { get; }

    /// <summary>The single name a <c>metadata.name=x</c> selector pins, which lets a lookup skip the scan.</summary>
    public string? PinnedName => Requirements.FirstOrDefault(r => r.Equal && r.Field == "metadata.name")?.Value;

    public bool Matches(JsonObject obj) =>
        Requirements.All(r => string.Equals(ValueOf(obj, r.Field), r.Value, StringComparison.Ordinal) == r.Equal);

    public static FieldSelector Parse(string? text, ResourceType type)
    {
        if (string.IsNullOrWhiteSpace(text)) return Everything;
        var requirements = new List<FieldRequirement>();
        foreach (var term in SplitUnescaped(text, ','))
        {
            var (field, equal, value) = SplitTerm(term);
            if (!CommonFields.Contains(field) && !type.SelectableFields.Contains(field))
            {
                throw ApiErrors.BadRequest(type.IsCustom
                    ? $"\"{field}\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""
                    : $"field label not supported: {field}");
            }
            requirements.Add(new FieldRequirement(field, equal, value));
        }
        return new FieldSelector(requirements);
    }

    /// <summary>A field's value as the API server's field-set functions render it: missing fields read as empty.</summary>
    public static string ValueOf(JsonObject obj, string field) => field switch
    {
        "spec.hostNetwork" => JsonNodes.ScalarText(obj.Select(field)) ?? "false",
        // An event's source is its reporter: the core/v1 source.component, or else the events.k8s.io reportingController.
        "source" =>
            JsonNodes.ScalarText(obj.Select("source.component")) is { Length: > 0 } component ? component : JsonNodes.ScalarText(obj["reportingComponent"]) ?? "",
        _ => JsonNodes.ScalarText(obj.Select(field)) ?? "",
    };

    private static (string Field, bool Equal, string Value) SplitTerm(string term)
    {
        foreach (var (op, equal) in new[] { ("!=", false), ("==", true), ("=", true) })
        {
            var at = IndexOfUnescaped(term, op);
            if (at >= 0) return (term[..at].Trim(), equal, Unescape(term[(at + op.Length)..]));
        }
        throw ApiErrors.BadRequest($"invalid selector: '{term}'; can't understand '{term}'");
    }

    private static int IndexOfUnescaped(string text, string token)
    {
        for (var i = 0; i <= text.Length - token.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (string.CompareOrdinal(text, i, token, 0, token.Length) == 0) return i;
        }
        return -1;
    }

    private static List<string> SplitUnescaped(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] != separator) continue;
            parts.Add(text[start..i]);
            start = i + 1;
        }
        parts.Add(text[start..]);
        return parts;
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length) i++;
            builder.Append(text[i]);
        }
        return builder.ToString();
    }
}
