using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Objects;

namespace OrleansLife.KubeEmulator.Selectors;

/// <summary>
/// A parsed <c>labelSelector</c> such as <c>app=web,tier!=db,env in (a,b),!legacy</c>: every requirement must hold.
/// </summary>
internal sealed class LabelSelector
{
    public static readonly LabelSelector Everything = new([]);

    private LabelSelector(IReadOnlyList<LabelRequirement> requirements) => Requirements = requirements;

    public IReadOnlyList<LabelRequirement> Requirements { get; }

    public bool Matches(IReadOnlyDictionary<string, string> labels) => Requirements.All(r => r.Matches(labels));

    /// <summary>Parses a selector; throws a 400 BadRequest as the API server does for one it cannot read.</summary>
    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Everything;
        var reader = new SelectorReader(text);
        var requirements = new List<LabelRequirement>();
        do
        {
            requirements.Add(ReadRequirement(reader));
        }
        while (reader.TryConsume(','));
        if (!reader.AtEnd) throw Error($"found '{reader.Rest}', expected: ',' or 'end of string'");
        return new LabelSelector(requirements);
    }

    private static LabelRequirement ReadRequirement(SelectorReader reader)
    {
        if (reader.TryConsume('!'))
        {
            return new LabelRequirement(ReadKey(reader), LabelOperator.DoesNotExist, []);
        }
        var key = ReadKey(reader);
        if (reader.AtEnd || reader.Peek == ',') return new LabelRequirement(key, LabelOperator.Exists, []);
        if (reader.TryConsume("==") || reader.TryConsume('=')) return new LabelRequirement(key, LabelOperator.Equals, [ReadValue(reader)]);
        if (reader.TryConsume("!=")) return new LabelRequirement(key, LabelOperator.NotEquals, [ReadValue(reader)]);
        if (reader.TryConsume('>')) return new LabelRequirement(key, LabelOperator.GreaterThan, [ReadValue(reader)]);
        if (reader.TryConsume('<')) return new LabelRequirement(key, LabelOperator.LessThan, [ReadValue(reader)]);
        if (reader.TryConsumeWord("notin")) return new LabelRequirement(key, LabelOperator.NotIn, ReadSet(reader));
        if (reader.TryConsumeWord("in")) return new LabelRequirement(key, LabelOperator.In, ReadSet(reader));
        throw Error($"found '{reader.Rest}', expected: in, notin, =, ==, !=, gt, lt");
    }

    private static string ReadKey(SelectorReader reader)
    {
        var key = reader.ReadToken();
        if (key.Length == 0) throw Error($"found '{reader.Rest}', expected: identifier");
        var problems = NameRules.QualifiedName(key).ToList();
        if (problems.Count > 0) throw Error($"key: Invalid value: \"{key}\": {string.Join("; ", problems)}");
        return key;
    }

    private static string ReadValue(SelectorReader reader)
    {
        var value = reader.ReadToken();
        var problems = NameRules.LabelValue(value).ToList();
        if (problems.Count > 0) throw Error($"values[0][{value}]: Invalid value: \"{value}\": {string.Join("; ", problems)}");
        return value;
    }

    private static List<string> ReadSet(SelectorReader reader)
    {
        if (!reader.TryConsume('(')) throw Error($"found '{reader.Rest}', expected: '('");
        var values = new List<string>();
        do
        {
            values.Add(ReadValue(reader));
        }
        while (reader.TryConsume(','));
        if (!reader.TryConsume(')')) throw Error($"found '{reader.Rest}', expected: ',', ')' or identifier");
        return values;
    }

    private static ApiException Error(string detail) => ApiErrors.BadRequest($"unable to parse requirement: {detail}");
}
