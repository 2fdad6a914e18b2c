using System.Diagnostics.CodeAnalysis;

namespace OrleansLife.Grains.Patterns;

/// <summary>
/// The built-in patterns: classic oscillators, spaceships, a gun and methuselahs, stored as RLE files embedded in this
/// assembly (<c>Patterns/Library/*.rle</c>) and read the first time the library is used.
/// </summary>
public static class PatternLibrary
{
    private const string ResourcePrefix = "OrleansLife.Patterns.";
    private const string ResourceSuffix = ".rle";

    private static readonly Lazy<Catalog> Contents = new(Load);

    /// <summary>Every pattern in the library, ordered by id.</summary>
    public static IReadOnlyList<PatternInfo> All => Contents.Value.Infos;

    /// <summary>Finds a pattern by id ("gosper-glider-gun") or display name ("Gosper glider gun"), ignoring case.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out Pattern? pattern)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Contents.Value.ByName.TryGetValue(name.Trim(), out pattern);
    }

    /// <exception cref="KeyNotFoundException">No pattern has that id or name.</exception>
    public static Pattern Get(string name) =>
        TryGet(name, out var pattern) ? pattern : throw new KeyNotFoundException($"The pattern library has no pattern named '{name}'.");

    private static Catalog Load()
    {
        var assembly = typeof(PatternLibrary).Assembly;
        var infos = new List<PatternInfo>();
        var byName = new Dictionary<string, Pattern>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
                continue;

            var id = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var pattern = RleReader.Read(reader.ReadToEnd());
            if (pattern.Name.Length == 0) pattern = pattern with { Name = id };

            infos.Add(new PatternInfo(id, pattern.Name, pattern.Description, pattern.Width, pattern.Height, pattern.Population, pattern.Rule));
            byName.Add(id, pattern);
            byName.TryAdd(pattern.Name, pattern);
        }

        return new Catalog(infos, byName);
    }

    private sealed record Catalog(IReadOnlyList<PatternInfo> Infos, Dictionary<string, Pattern> ByName);
}
