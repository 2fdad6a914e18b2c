using System.Text.RegularExpressions;

namespace OrleansLife.Operator.Pods;

/// <summary>apimachinery's rules for names, label keys and label values, and for resource quantities.</summary>
internal static partial class LabelSyntax
{
    /// <summary>A DNS-1123 label: what a namespace (and each cell pod's name) must be.</summary>
    public static bool IsDnsLabel(string value) => value.Length <= 63 && DnsLabel().IsMatch(value);

    /// <summary>A label value: empty, or at most 63 alphanumerics, '-', '_' and '.', starting and ending alphanumeric.</summary>
    public static bool IsLabelValue(string value) => value.Length <= 63 && LabelValue().IsMatch(value);

    /// <summary>A label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters.</summary>
    public static bool IsLabelKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var name = slash < 0 ? key : key[(slash + 1)..];
        var prefixValid = slash < 0 || (slash <= 253 && Subdomain().IsMatch(key[..slash]));
        return prefixValid && name.Length is > 0 and <= 63 && LabelValue().IsMatch(name);
    }

    /// <summary>A resource quantity such as <c>1m</c>, <c>4Mi</c> or <c>0.5</c>.</summary>
    public static bool IsQuantity(string value) => Quantity().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$")]
    private static partial Regex Quantity();
}
