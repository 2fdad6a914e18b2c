using System.Text.RegularExpressions;

namespace OrleansLife.KubeEmulator.Objects;

/// <summary>apimachinery's name, label and annotation rules, with its exact error wording.</summary>
internal static partial class NameRules
{
    private const string LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string SubdomainFormat = LabelFormat + "(\\." + LabelFormat + ")*";
    private const string QualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string LabelValueFormat = "(" + QualifiedNameFormat + ")?";

    public static IEnumerable<string> Dns1123Subdomain(string value)
    {
        if (value.Length > 253) yield return MaxLength(253);
        if (!Subdomain().IsMatch(value))
        {
            yield return RegexError(
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
                SubdomainFormat, "example.com");
        }
    }

    public static IEnumerable<string> Dns1123Label(string value)
    {
        if (value.Length > 63) yield return MaxLength(63);
        if (Label().IsMatch(value)) yield break;
        yield return Subdomain().IsMatch(value)
            ? "must not contain dots"
            : RegexError(
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
                LabelFormat, "my-name", "123-abc");
    }

    public static IEnumerable<string> LabelValue(string value)
    {
        if (value.Length > 63) yield return MaxLength(63);
        if (!LabelValueRegex().IsMatch(value))
        {
            yield return RegexError(
                "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                LabelValueFormat, "MyValue", "my_value", "12345");
        }
    }

    /// <summary>A label or annotation key: an optional DNS subdomain prefix and a slash, then a name of at most 63 characters.</summary>
    public static IEnumerable<string> QualifiedName(string value)
    {
        var parts = value.Split('/');
        var name = parts[^1];
        if (parts.Length > 2)
        {
            yield return RegexError(
                "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                QualifiedNameFormat, "MyName", "my.name", "123-abc");
            yield break;
        }
        if (parts.Length == 2)
        {
            if (parts[0].Length == 0) yield return "prefix part must be non-empty";
            else foreach (var error in Dns1123Subdomain(parts[0])) yield return $"prefix part {error}";
        }
        if (name.Length == 0) yield return "name part must be non-empty";
        else if (name.Length > 63) yield return $"name part {MaxLength(63)}";
        if (name.Length > 0 && !QualifiedNameRegex().IsMatch(name))
        {
            yield return RegexError(
                "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
                QualifiedNameFormat, "MyName", "my.name", "123-abc");
        }
    }

    private static string MaxLength(int length) => $"must be no more than {length} characters";

    private static string RegexError(string message, string format, params string[] examples) =>
        $"{message} (e.g. {string.Join(" or ", examples.Select(e => $"'{e}', "))}regex used for validation is '{format}')";

    [GeneratedRegex("^" + LabelFormat + "$")]
    private static partial Regex Label();

    [GeneratedRegex("^" + SubdomainFormat + "$")]
    private static partial Regex Subdomain();

    [GeneratedRegex("^" + QualifiedNameFormat + "$")]
    private static partial Regex QualifiedNameRegex();

    [GeneratedRegex("^" + LabelValueFormat + "$")]
    private static partial Regex LabelValueRegex();
}
