using System.Globalization;
using System.Text.RegularExpressions;

namespace OrleansLife.KubeEmulator.Discovery;

/// <summary>Kubernetes' version ordering: GA before beta before alpha, higher numbers first, anything else last by name.</summary>
internal sealed partial class VersionPriority : IComparer<string>
{
    public static readonly VersionPriority Instance = new();

    public int Compare(string? x, string? y)
    {
        var (kx, mx, nx) = Parse(x ?? "");
        var (ky, my, ny) = Parse(y ?? "");
        if (kx != ky) return ky.CompareTo(kx);
        if (mx != my) return my.CompareTo(mx);
        return kx == 0 ? string.CompareOrdinal(x, y) : ny.CompareTo(nx);
    }

    private static (int Kind, int Major, int Minor) Parse(string version)
    {
        var match = KubeVersion().Match(version);
        if (!match.Success) return (0, 0, 0);
        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        var kind = match.Groups[2].Value switch { "beta" => 2, "alpha" => 1, _ => 3 };
        return (kind, major, minor);
    }

    [GeneratedRegex("^v([1-9][0-9]*)(?:(alpha|beta)([1-9][0-9]*))?$")]
    private static partial Regex KubeVersion();
}
