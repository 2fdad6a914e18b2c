using System.Globalization;

namespace OrleansLife.Api.Tests.Silo.Observability;

/// <summary>Reads samples out of Prometheus' text exposition format, as a scraper would.</summary>
internal static class PrometheusText
{
    /// <summary>The value of the sample of <paramref name="metric"/> whose labels include every one of <paramref name="labels"/>.</summary>
    public static double Sample(string text, string metric, params (string Name, string Value)[] labels)
    {
        var matching = Samples(text, metric)
            .Where(sample => labels.All(label => sample.Labels.Contains($"{label.Name}=\"{label.Value}\"", StringComparison.Ordinal)))
            .ToList();
        matching.Count.ShouldBe(1, $"one sample of {metric} with {string.Join(",", labels)} in:\n{text}");
        return matching[0].Value;
    }

    /// <summary>
    /// The sum of every sample of <paramref name="metric"/> whose labels include every one of <paramref name="labels"/>.
    /// For the process-wide figures: every silo host in the test process registers its own meter under the same name,
    /// and a scrape of one silo lists each of them.
    /// </summary>
    public static double Total(string text, string metric, params (string Name, string Value)[] labels) =>
        Samples(text, metric)
            .Where(sample => labels.All(label => sample.Labels.Contains($"{label.Name}=\"{label.Value}\"", StringComparison.Ordinal)))
            .Sum(sample => sample.Value);

    /// <summary>The names of every metric with a sample in the text.</summary>
    public static IReadOnlySet<string> Names(string text) => Lines(text).Select(line => Parse(line).Name).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Labels, double Value)> Samples(string text, string metric) =>
        Lines(text).Select(Parse).Where(sample => sample.Name == metric);

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#'));

    private static (string Name, string Labels, double Value) Parse(string line)
    {
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var close = line.LastIndexOf('}');
        var name = brace < 0 ? line[..line.IndexOf(' ', StringComparison.Ordinal)] : line[..brace];
        var labels = brace < 0 ? "" : line[(brace + 1)..close];
        var value = line[((brace < 0 ? name.Length : close + 1))..].Trim().Split(' ')[0];
        return (name, labels, double.Parse(value, CultureInfo.InvariantCulture));
    }
}
