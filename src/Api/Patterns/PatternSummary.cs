using OrleansLife.Grains.Patterns;

namespace OrleansLife.Api.Patterns;

/// <summary>A library pattern as the list shows it: enough to choose one, without its cells.</summary>
/// <param name="Name">The library key, which a board spec's <c>pattern</c> field takes ("gosper-glider-gun").</param>
/// <param name="Title">The display name ("Gosper glider gun").</param>
/// <param name="Rule">The rule the pattern was designed for, or null for any.</param>
public sealed record PatternSummary(string Name, string Title, string? Description, int Width, int Height, int Population, string? Rule)
{
    public static PatternSummary From(PatternInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new PatternSummary(info.Id, info.Name, info.Description, info.Width, info.Height, info.Population, info.Rule?.ToString());
    }
}
